package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.platform.RequestRefused;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetsTest {

  private static final List<String> REGION = List.of("SH", "JS", "ZJ", "AH");

  @Test
  void allAddressesEveryMemberButThisNode() {
    assertThat(Targets.parse(List.of("ALL")).resolve(REGION, "JS", Set.of())).containsExactly("SH", "ZJ", "AH");
  }

  @Test
  void nodeIdsAreReadWithoutRegardToCaseAndOnlyOnce() {
    assertThat(Targets.parse(List.of("sh", " ZJ", "SH")).resolve(REGION, "JS", Set.of())).containsExactly("SH", "ZJ");
  }

  @Test
  void anUnknownNodeIsRefusedNamingTheMembers() {
    assertThatThrownBy(() -> Targets.parse(List.of("SH", "XX")).resolve(REGION, "JS", Set.of()))
        .isInstanceOf(RequestRefused.class)
        .hasMessageContaining("Unknown target node XX")
        .hasMessageContaining("SH, JS, ZJ, AH");
  }

  @Test
  void thisNodeCannotBeATarget() {
    assertThatThrownBy(() -> Targets.parse(List.of("JS")).resolve(REGION, "JS", Set.of())).hasMessageContaining("JS is this node");
  }

  @Test
  void noTargetsAtAllIsRefused() {
    assertThatThrownBy(() -> Targets.parse(List.of())).isInstanceOf(RequestRefused.class).hasMessageContaining("targets is required");
    assertThatThrownBy(() -> Targets.parse(null)).isInstanceOf(RequestRefused.class);
  }

  @Test
  void allCannotBeMixedWithNodeIds() {
    assertThatThrownBy(() -> Targets.parse(List.of("ALL", "SH"))).hasMessageContaining("ALL cannot be combined");
  }

  @Test
  void aForwardLeavesTheOriginalsNodeOutOfAll() {
    assertThat(Targets.parse(List.of("ALL")).resolve(REGION, "SH", Set.of("JS"))).containsExactly("ZJ", "AH");
    assertThatThrownBy(() -> Targets.parse(List.of("JS")).resolve(REGION, "SH", Set.of("JS"))).hasMessageContaining("wrote the original");
  }
}
