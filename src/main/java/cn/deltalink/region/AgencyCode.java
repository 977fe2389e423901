package cn.deltalink.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of a police agency (公安机关机构代码): the six digits of its GB/T 2260 division followed by
 * six digits of unit, e.g. {@code 320000000000} for the Jiangsu provincial department. The one place
 * that says what an agency code looks like; whether the agency exists is {@link Agencies#find}'s
 * question. In JSON and in the database it stays the plain text.
 */
@Schema(type = "string", pattern = "\\d{12}", example = "320000000000", description = "A police agency code")
public record AgencyCode(@JsonValue String value) implements Comparable<AgencyCode> {

  private static final Pattern FORM = Pattern.compile("\\d{12}");

  public AgencyCode {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("'" + value + "' is not an agency code: 12 digits");
    }
  }

  @JsonCreator
  public static AgencyCode of(String value) {
    return new AgencyCode(value);
  }

  /** Whether the text is an agency code, without throwing (for checks that refuse with their own words). */
  public static boolean isWellFormed(@Nullable String text) {
    return text != null && FORM.matcher(text).matches();
  }

  /** The two-digit code of the province the agency belongs to. */
  public String province() {
    return value.substring(0, 2);
  }

  @Override
  public int compareTo(AgencyCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
