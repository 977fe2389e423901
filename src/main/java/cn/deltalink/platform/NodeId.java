package cn.deltalink.platform;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A node's id in the member directory (节点标识): 2 to 8 capital letters, e.g. {@code JS} for the
 * Jiangsu node. The one place that says what a node id looks like. In JSON, in the database and on
 * the wire it stays the plain text, so nothing outside the code sees the type.
 */
@Schema(type = "string", pattern = "[A-Z]{2,8}", example = "JS", description = "A node id of the member directory")
public record NodeId(@JsonValue String value) implements Comparable<NodeId> {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2,8}");

  public NodeId {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("'" + value + "' is not a node id: 2-8 capital letters");
    }
  }

  @JsonCreator
  public static NodeId of(String value) {
    return new NodeId(value);
  }

  /** Whether the text is a node id, without throwing (for checks that refuse with their own words). */
  public static boolean isWellFormed(@Nullable String text) {
    return text != null && FORM.matcher(text).matches();
  }

  @Override
  public int compareTo(NodeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
