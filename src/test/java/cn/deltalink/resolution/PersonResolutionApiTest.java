package cn.deltalink.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.alert.ApiCalls;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/persons/resolution} over real HTTP: persons with the reasons of each match. */
@NodeTest
class PersonResolutionApiTest {

  @LocalServerPort int port;

  private ApiCalls as(String username) {
    return ApiCalls.at("http://localhost:" + port, username);
  }

  @Test
  void records_with_a_homophone_a_transposed_id_an_old_number_and_pinyin_resolve_into_one_person_and_a_namesake_stays_apart() {
    HttpResponse<String> answer = as("investigator").post("/api/v1/persons/resolution", """
        {"purpose": "串并案人员归并",
         "records": [
          {"recordId": "a", "residentId": "320602198503140715", "name": "张伟", "sex": "M", "source": "南通 2026-001"},
          {"recordId": "b", "residentId": "320602198503147015", "name": "章伟", "source": "义乌 2026-017"},
          {"recordId": "c", "residentId": "320602850314071", "name": "ZHANG WEI", "birthDate": "1985-03-14"},
          {"recordId": "d", "name": "張偉", "birthDate": "1985-03-14", "sex": "M"},
          {"recordId": "e", "residentId": "33010619900101123X", "name": "张伟", "sex": "M"}
         ]}
        """);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode persons = as("investigator").json(answer).get("persons");
    JsonNode zhang = persons.valueStream().filter(p -> p.get("recordIds").size() > 1).findFirst().orElseThrow();
    assertThat(zhang.get("recordIds").valueStream().map(JsonNode::asString).toList()).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(zhang.get("residentId").asString()).isEqualTo("320602198503140715");
    List<String> codes = zhang.get("matches").valueStream().flatMap(m -> m.get("reasons").valueStream()).map(r -> r.get("code").asString()).toList();
    assertThat(codes).contains("id.transposed", "id.old-number", "name.homophone", "name.pinyin-spelling", "name.variant-characters");
    assertThat(persons.size()).isEqualTo(2);
  }

  @Test
  void a_batch_without_records_or_with_a_repeated_record_id_is_refused_and_a_checkpoint_officer_may_not_resolve() {
    assertThat(as("investigator").post("/api/v1/persons/resolution", "{\"records\": []}").statusCode()).isEqualTo(400);
    HttpResponse<String> twice = as("investigator").post("/api/v1/persons/resolution", "{\"records\": [{\"recordId\": \"x\"}, {\"recordId\": \"x\"}]}");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("appears twice");
    assertThat(as("checkpoint").post("/api/v1/persons/resolution", "{\"records\": [{\"recordId\": \"x\"}]}").statusCode()).isEqualTo(403);
  }
}
