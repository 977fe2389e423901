package cn.deltalink.exchange.internal.query;

import cn.deltalink.region.AgencyCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.exchange.QueryResponder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One responder per query type, as one handler per message type: a second one stops the node at start-up. */
class QueryRespondersTest {

  private static QueryResponder answering(String type, boolean hit) {
    return new QueryResponder() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public HitAnswer answer(HitQuery query) {
        return hit ? new HitAnswer(true, AgencyCode.of("320000000000")) : HitAnswer.noHit();
      }
    };
  }

  @Test
  void eachTypeHasItsResponder() {
    QueryResponder persons = answering("alert.wanted-person", true);
    QueryResponder vehicles = answering("alert.wanted-vehicle", false);

    assertThat(QueryAnswering.byType(List.of(persons, vehicles))).containsEntry("alert.wanted-person", persons).containsEntry("alert.wanted-vehicle", vehicles);
  }

  @Test
  void twoRespondersForOneTypeAreRefused() {
    assertThatThrownBy(() -> QueryAnswering.byType(List.of(answering("alert.wanted-person", true), answering("alert.wanted-person", false))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two responders answer the query type alert.wanted-person");
  }
}
