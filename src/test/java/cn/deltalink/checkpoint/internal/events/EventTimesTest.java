package cn.deltalink.checkpoint.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.platform.IsoInstants;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventTimesTest {

  @Test
  void theFixedShapeGivesTheSameInstantAsTheGeneralParser() {
    Random random = new Random(20261130);
    for (int i = 0; i < 20_000; i++) {
      long seconds = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond() + (long) (random.nextDouble() * 60L * 365 * 86_400);
      int nanos = random.nextInt(1_000_000_000);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800);
      OffsetDateTime time = Instant.ofEpochSecond(seconds, nanos).atOffset(offset);
      String text = time.toString();
      assertThat(IsoInstants.fixedShape(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }
  }

  @Test
  void fractionsOfAnyLengthAndZulu() {
    assertThat(EventTimes.parse("2026-11-30T08:15:00Z")).isEqualTo(Instant.parse("2026-11-30T08:15:00Z"));
    assertThat(EventTimes.parse("2026-11-30T08:15:00.5+08:00")).isEqualTo(Instant.parse("2026-11-30T00:15:00.500Z"));
    assertThat(EventTimes.parse("2026-11-30T08:15:00.123456789-05:30")).isEqualTo(Instant.parse("2026-11-30T13:45:00.123456789Z"));
  }

  @Test
  void otherShapesGoTheGeneralWayAndImpossibleValuesAreRefused() {
    assertThat(IsoInstants.fixedShape("2026-11-30T08:15Z")).isNull();
    assertThat(EventTimes.parse("2026-11-30T08:15Z")).isEqualTo(Instant.parse("2026-11-30T08:15:00Z"));
    // shapes the general parsers accept and the fixed one leaves to them
    assertThat(IsoInstants.fixedShape("2026-11-30T24:00:00Z")).isNull();
    assertThat(EventTimes.parse("2026-11-30T24:00:00Z")).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(IsoInstants.fixedShape("2026-11-30T08:15:00.Z")).isNull();
    assertThat(EventTimes.parse("2026-11-30T08:15:00.Z")).isEqualTo(Instant.parse("2026-11-30T08:15:00Z"));
    for (String bad : new String[] {"2026-02-30T08:15:00Z", "2026-11-30T08:15:00+19:00", "2026-11-30 08:15:00Z", "yesterday", "2026-11-30T08:15:00.1234567890Z", "2026-11-30T08:15:00+0800x"}) {
      assertThat(IsoInstants.fixedShape(bad)).as(bad).isNull();
      assertThatThrownBy(() -> EventTimes.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
