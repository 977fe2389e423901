package cn.deltalink.bulletin.internal;

import cn.deltalink.platform.RequestRefused;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The provinces a bulletin is addressed to, as the officer named them: node ids of the member
 * directory, or everyone ({@code ALL}).
 */
record Targets(boolean everyone, List<String> nodes) {

  static final String ALL = "ALL";

  Targets {
    nodes = List.copyOf(nodes);
    if (everyone != nodes.isEmpty()) {
      throw new IllegalArgumentException("Targets are either everyone or named nodes");
    }
  }

  static Targets parse(@Nullable List<String> requested) {
    if (requested == null || requested.isEmpty()) {
      throw RequestRefused.invalid("targets is required: name the provinces' node ids (such as SH, ZJ, AH) or ALL.");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String target : requested) {
      if (target == null || target.isBlank()) {
        throw RequestRefused.invalid("targets contains an empty entry.");
      }
      ids.add(target.strip().toUpperCase(Locale.ROOT));
    }
    if (ids.contains(ALL)) {
      if (ids.size() > 1) {
        throw RequestRefused.invalid("targets: ALL cannot be combined with node ids.");
      }
      return new Targets(true, List.of());
    }
    return new Targets(false, List.copyOf(ids));
  }

  /**
   * The node ids this addresses among the region's members, leaving out this node and any node that
   * must not receive it (for a forward: the node that wrote the original).
   */
  List<String> resolve(Collection<String> members, String self, Set<String> excluded) {
    if (everyone) {
      List<String> others = members.stream().filter(m -> !m.equals(self) && !excluded.contains(m)).toList();
      if (others.isEmpty()) {
        throw RequestRefused.invalid("There is no other member node to send to.");
      }
      return others;
    }
    List<String> unknown = nodes.stream().filter(n -> !members.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw RequestRefused.invalid(
          "Unknown target node " + String.join(", ", unknown.stream().map(Texts::shorten).toList())
              + "; the members of the region are " + String.join(", ", members) + ".");
    }
    if (nodes.contains(self)) {
      throw RequestRefused.invalid(self + " is this node; a bulletin goes to other provinces.");
    }
    List<String> barred = nodes.stream().filter(excluded::contains).toList();
    if (!barred.isEmpty()) {
      throw RequestRefused.invalid(String.join(", ", barred) + " wrote the original bulletin and cannot be a target of its forward.");
    }
    return nodes;
  }
}
