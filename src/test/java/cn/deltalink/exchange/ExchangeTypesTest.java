package cn.deltalink.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.exchange.Exchange.Delivery;
import cn.deltalink.exchange.Exchange.DeliveryState;
import cn.deltalink.exchange.Exchange.PeerAnswer;
import cn.deltalink.exchange.Exchange.QueryOutcome;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Node ids and agency codes are types in the code and plain strings to everyone outside it. */
class ExchangeTypesTest {

  @Test
  void aDeliveryAndAnAnswerShowTheirNodeAndAgencyAsStringsInJson() {
    JsonMapper json = JsonMapper.builder().build();

    String delivery = json.writeValueAsString(new Delivery(NodeId.of("SH"), DeliveryState.QUEUED, Instant.parse("2026-11-30T01:00:00Z"), null, 0, null));
    String answer = json.writeValueAsString(new PeerAnswer(NodeId.of("ZJ"), QueryOutcome.HIT, AgencyCode.of("330000000000")));

    assertThat(delivery).contains("\"node\":\"SH\"");
    assertThat(answer).contains("\"node\":\"ZJ\"").contains("\"owningAgency\":\"330000000000\"");
  }

  @Test
  void theOpenApiSchemaOfADeliveryShowsTheNodeAsAString() {
    Map<String, Schema> schemas = ModelConverters.getInstance().readAll(Delivery.class);

    Schema<?> node = (Schema<?>) schemas.get("Delivery").getProperties().get("node");

    assertThat(node.get$ref()).isNull();
    assertThat(node.getType() != null ? node.getType() : node.getTypes().iterator().next()).isEqualTo("string");
  }
}
