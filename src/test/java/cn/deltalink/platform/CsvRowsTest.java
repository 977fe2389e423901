package cn.deltalink.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  private static CsvRows parse(String text) {
    return CsvRows.parse("test.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aQuotedFieldKeepsItsComma() {
    CsvRows rows = parse("320115000000,南京市公安局江宁分局,\"Jiangning Branch, Nanjing Public Security Bureau\",COUNTY_BUREAU,320115,320100000000\n");
    assertThat(rows.rows().get(0).fields()).hasSize(6);
    assertThat(rows.rows().get(0).field(2)).isEqualTo("Jiangning Branch, Nanjing Public Security Bureau");
  }

  @Test
  void doubledQuotesInsideQuotesAreOneQuote() {
    assertThat(parse("a,\"say \"\"hi\"\"\"\n").rows().get(0).field(1)).isEqualTo("say \"hi\"");
  }

  @Test
  void commentsAndBlankLinesAreSkippedButLineNumbersCount() {
    CsvRows rows = parse("# header\n\n310000,上海市,,1\r\n");
    assertThat(rows.rows()).hasSize(1);
    assertThat(rows.rows().get(0).line()).isEqualTo(3);
  }

  @Test
  void anUnclosedQuoteIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse("# x\na,\"b\n")).hasMessageContaining("test.csv line 2");
  }

  @Test
  void theChecksumChangesWithTheContent() {
    assertThat(parse("a,b\n").checksum()).isNotEqualTo(parse("a,c\n").checksum()).hasSize(64);
  }
}
