package cn.deltalink.fraudanalysis.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4180 records, also when fields and quotes cross the end of the read buffer (small buffers). */
class CsvRecordsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 65536})
  void readsRecordsFieldsQuotesAndLineBreaks(int buffer) throws IOException {
    String csv = "a,b,c\r\n\r\n,x,,\n\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\"\n\"ab\"cd,e\"f\nlast,line";
    CsvRecords records = new CsvRecords(new StringReader(csv), buffer);

    assertThat(records.next()).containsExactly("a", "b", "c");
    assertThat(records.next()).containsExactly("", "x", "", "");
    assertThat(records.next()).containsExactly("a,b", "say \"hi\"", "line1\nline2");
    assertThat(records.next()).containsExactly("abcd", "e\"f");
    assertThat(records.next()).containsExactly("last", "line");
    assertThat(records.number()).isEqualTo(5);
    assertThat(records.next()).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 65536})
  void refusesAnUnclosedQuoteAndOverlongFieldsNamingTheRecord(int buffer) throws IOException {
    CsvRecords unclosed = new CsvRecords(new StringReader("h\n\"open,end\n"), buffer);
    unclosed.next();
    assertThatThrownBy(unclosed::next).hasMessage("record 2: a quote is never closed");

    String longest = "x".repeat(10_000);
    CsvRecords fields = new CsvRecords(new StringReader(longest + "\n" + longest + "y\n"), buffer);
    assertThat(fields.next()).containsExactly(longest);
    assertThatThrownBy(fields::next).hasMessage("record 2: a field is longer than 10000 characters");

    CsvRecords quoted = new CsvRecords(new StringReader("\"" + longest + "y\"\n"), buffer);
    assertThatThrownBy(quoted::next).hasMessageContaining("record 1: a quoted field runs on");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 64, 65536})
  void readsBackWhatAWriterQuotedForAnyContent(int buffer) throws IOException {
    Random random = new Random(20261130 + buffer);
    String alphabet = "ab,\"\n\r 中1";
    List<String[]> written = new ArrayList<>();
    StringBuilder csv = new StringBuilder();
    for (int r = 0; r < 300; r++) {
      String[] fields = new String[1 + random.nextInt(6)];
      for (int f = 0; f < fields.length; f++) {
        StringBuilder field = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
          field.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        fields[f] = field.toString();
      }
      // a record of one empty field would be a blank line, which the reader skips
      if (fields.length == 1 && fields[0].isEmpty()) {
        fields[0] = "a";
      }
      written.add(fields);
      csv.append(String.join(",", Arrays.stream(fields).map(CsvRecordsTest::quoted).toList())).append(random.nextBoolean() ? "\r\n" : "\n");
    }
    CsvRecords records = new CsvRecords(new StringReader(csv.toString()), buffer);
    for (String[] fields : written) {
      assertThat(records.next()).containsExactly(fields);
    }
    assertThat(records.next()).isNull();
  }

  private static String quoted(String field) {
    return field.isEmpty() || field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r') ? field : "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
