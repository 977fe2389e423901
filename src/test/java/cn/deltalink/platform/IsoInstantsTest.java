package cn.deltalink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

  private static final DateTimeFormatter POSTGRES_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]x");

  @Test
  void writtenInUtcToTheMicrosecondAndReadBack() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      Instant at = Instant.ofEpochSecond(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond() + (long) (random.nextDouble() * 80L * 365 * 86_400), i % 3 == 0 ? 0 : random.nextInt(1_000_000_000));
      StringBuilder text = new StringBuilder();
      IsoInstants.appendUtc(text, at);
      assertThat(OffsetDateTime.parse(text, POSTGRES_TEXT).toInstant()).as(text.toString()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
      assertThat(IsoInstants.fixedShape(at.toString())).isEqualTo(at);
    }
  }
}
