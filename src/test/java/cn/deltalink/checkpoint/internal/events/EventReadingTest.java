package cn.deltalink.checkpoint.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Events as devices send them: each wrong field is refused naming the field; good ones are read as sent. */
class EventReadingTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

  @Test
  void aCardReadGivesThePersonWithTheTimeInItsZone() {
    PassingEvent e = read("{\"id\": \"c-1\", \"kind\": \"person\", \"at\": \"2026-11-30T09:59:00+08:00\", \"lane\": \"2\", \"residentId\": \"11010519491231002x\", \"name\": \"张 伟\"}");
    assertThat(e.kind()).isEqualTo(PassingEvent.Kind.PERSON);
    assertThat(e.at()).isEqualTo(Instant.parse("2026-11-30T01:59:00Z"));
    assertThat(e.residentId()).isEqualTo("11010519491231002X");
    assertThat(e.name().value()).isEqualTo("张伟");
  }

  @Test
  void malformedItemsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> read("{\"id\": \"x\", \"kind\": \"bicycle\", \"at\": \"2026-11-30T01:00:00Z\"}")).hasMessageContaining("kind");
    assertThatThrownBy(() -> read("{\"kind\": \"vehicle\", \"at\": \"2026-11-30T01:00:00Z\", \"plate\": \"苏A12345\"}")).hasMessageContaining("id");
    assertThatThrownBy(() -> read("{\"id\": \"x\", \"kind\": \"vehicle\", \"at\": \"2026-11-30T03:00:00Z\", \"plate\": \"苏A12345\"}")).hasMessageContaining("future");
    assertThatThrownBy(() -> read("{\"id\": \"x\", \"kind\": \"vehicle\", \"at\": \"+999999-01-01T00:00:00Z\", \"plate\": \"苏A12345\"}")).hasMessageContaining("at");
    assertThatThrownBy(() -> read("{\"id\": \"x\", \"kind\": \"vehicle\", \"at\": \"1970-01-01T00:00:00Z\", \"plate\": \"苏A12345\"}")).hasMessageContaining("year");
    assertThatThrownBy(() -> read("{\"id\": \"x\", \"kind\": \"vehicle\", \"at\": \"2026-11-30T01:00:00Z\", \"plate\": \"苏A12345\", \"plateConfidence\": 2}")).hasMessageContaining("plateConfidence");
    assertThatThrownBy(() -> read("{\"id\": \"x\", \"kind\": \"person\", \"at\": \"2026-11-30T01:00:00Z\", \"residentId\": \"12345\"}")).hasMessageContaining("residentId");
    assertThatThrownBy(() -> read("{\"id\": \"x\", \"kind\": \"vehicle\", \"at\": \"2026-11-30T01:00:00Z\"}")).hasMessageContaining("plate");
    assertThatThrownBy(() -> read("[1]")).hasMessageContaining("object");
  }

  @Test
  void aFifteenDigitNumberOfAnOldCardIsTaken() {
    assertThat(read("{\"id\": \"c-2\", \"kind\": \"person\", \"at\": \"2026-11-30T01:00:00Z\", \"residentId\": \"110105491231002\"}").residentId()).isEqualTo("110105491231002");
  }

  private static PassingEvent read(String json) {
    return EventReading.read("320614510000", JSON.readTree(json), NOW);
  }
}
