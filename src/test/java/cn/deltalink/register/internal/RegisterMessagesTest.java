package cn.deltalink.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.register.RegisterEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RegisterMessagesTest {

  private final RegisterMessages messages = new RegisterMessages(JsonMapper.builder().build());

  @Test
  void entriesComeBackAsTheyWereWrittenAcrossChunks() {
    List<RegisterEntry> written = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String payload = "{\"plate\":\"浙A%05d\",\"nested\":{\"list\":[1,{\"x\":\"}\\\"{\"}],\"n\":null},\"i\":%d}".formatted(i, i);
      written.add(new RegisterEntry("alert", UUID.randomUUID(), 1 + i % 3, "ZJ", payload));
    }
    List<String> payloads = messages.published("alert", false, List.of("JS", "AH"), written);
    assertThat(payloads).hasSizeGreaterThan(1);
    List<RegisterEntry> read = new ArrayList<>();
    for (String p : payloads) {
      RegisterMessages.Published published = messages.readPublished(p, "ZJ");
      assertThat(published.register()).isEqualTo("alert");
      assertThat(published.toAll()).isFalse();
      assertThat(published.targets()).containsExactly("JS", "AH");
      read.addAll(published.entries());
    }
    assertThat(read).isEqualTo(written);
  }

  @Test
  void fieldsInAnyOrderWithSpacesAndUnknownFields() {
    UUID id = UUID.randomUUID();
    RegisterMessages.Published published = messages.readPublished(
        "{ \"entries\" : [ { \"payload\" : { \"a\" : [ 1, 2 ] } , \"extra\": {\"b\": 1}, \"version\" : 7, \"id\" : \"%s\" } ], \"toAll\": true, \"targets\": [], \"register\": \"fraud-risk\", \"later\": [1] }"
            .formatted(id),
        "SH");
    assertThat(published.entries()).containsExactly(new RegisterEntry("fraud-risk", id, 7, "SH", "{ \"a\" : [ 1, 2 ] }"));
  }

  @Test
  void whatIsNotAPublicationIsRefusedWithTheReason() {
    String id = UUID.randomUUID().toString();
    for (String bad : new String[] {
      "[]",
      "{\"register\":\"alert\",\"toAll\":true,\"targets\":[]}",
      "{\"register\":\"alert\",\"toAll\":\"yes\",\"targets\":[],\"entries\":[]}",
      "{\"register\":\"alert\",\"toAll\":true,\"targets\":[],\"entries\":[{\"id\":\"" + id + "\",\"version\":1,\"payload\":[1]}]}",
      "{\"register\":\"alert\",\"toAll\":true,\"targets\":[],\"entries\":[{\"id\":\"" + id + "\",\"version\":\"1\",\"payload\":{}}]}",
      "{\"register\":\"alert\",\"toAll\":true,\"targets\":[],\"entries\":[{\"id\":\"not-a-uuid\",\"version\":1,\"payload\":{}}]}",
      "{\"register\":\"alert\",\"toAll\":true,\"targets\":[],\"entries\":[{\"id\":\"" + id + "\",\"version\":1,\"payload\":{}",
      "not json"
    }) {
      assertThatThrownBy(() -> messages.readPublished(bad, "ZJ")).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
