package cn.deltalink.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NodeIdTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aNodeIdIsTwoToEightCapitalLetters() {
    assertThat(NodeId.of("JS").value()).isEqualTo("JS");
    assertThat(NodeId.of("ABCDEFGH").value()).isEqualTo("ABCDEFGH");
    assertThat(NodeId.isWellFormed("SH")).isTrue();
  }

  @Test
  void anythingElseIsRefusedWithTheExpectedForm() {
    for (String wrong : new String[] {"J", "js", "ABCDEFGHI", "J5", " JS", ""}) {
      assertThat(NodeId.isWellFormed(wrong)).as(wrong).isFalse();
      assertThatThrownBy(() -> NodeId.of(wrong)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2-8 capital letters");
    }
    assertThat(NodeId.isWellFormed(null)).isFalse();
  }

  @Test
  void settingsRefuseAMalformedNodeIdBeforeAnythingStarts() {
    assertThatThrownBy(() -> new NodeSettings("js", "32", java.nio.file.Path.of("."), false)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new NodeSettings("JS", "32", java.nio.file.Path.of("."), false).nodeId()).isEqualTo(NodeId.of("JS"));
  }

  @Test
  void inJsonANodeIdIsItsPlainText() {
    assertThat(json.writeValueAsString(NodeId.of("ZJ"))).isEqualTo("\"ZJ\"");
    assertThat(json.readValue("\"AH\"", NodeId.class)).isEqualTo(NodeId.of("AH"));
    assertThat(NodeId.of("SH")).hasToString("SH");
  }
}
