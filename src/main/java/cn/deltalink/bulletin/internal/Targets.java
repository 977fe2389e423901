package cn.deltalink.bulletin.internal;

import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

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
      throw BULLETIN.invalid("bulletin.refused.targets.required");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String target : requested) {
      if (target == null || target.isBlank()) {
        throw BULLETIN.invalid("bulletin.refused.targets.empty");
      }
      ids.add(target.strip().toUpperCase(Locale.ROOT));
    }
    if (ids.contains(ALL)) {
      if (ids.size() > 1) {
        throw BULLETIN.invalid("bulletin.refused.targets.allAndNodes");
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
        throw BULLETIN.invalid("bulletin.refused.targets.noOther");
      }
      return others;
    }
    List<String> unknown = nodes.stream().filter(n -> !members.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw BULLETIN.invalid("bulletin.refused.targets.unknown", String.join(", ", unknown.stream().map(Texts::shorten).toList()), String.join(", ", members));
    }
    if (nodes.contains(self)) {
      throw BULLETIN.invalid("bulletin.refused.targets.self", self);
    }
    List<String> barred = nodes.stream().filter(excluded::contains).toList();
    if (!barred.isEmpty()) {
      throw BULLETIN.invalid("bulletin.refused.targets.origin", String.join(", ", barred));
    }
    return nodes;
  }
}
