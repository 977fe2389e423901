package cn.deltalink.exchange;

import cn.deltalink.platform.NodeId;
import java.util.List;

/** To whom a message goes: named nodes of the member directory, or every member but the sender. */
public record Recipients(boolean everyone, List<NodeId> nodes) {

  public Recipients {
    nodes = List.copyOf(nodes);
    if (!everyone && nodes.isEmpty()) {
      throw new IllegalArgumentException("A message needs at least one recipient node, or 'all'");
    }
  }

  public static Recipients everyMember() {
    return new Recipients(true, List.of());
  }

  public static Recipients of(NodeId... nodes) {
    return new Recipients(false, List.of(nodes));
  }

  public static Recipients of(List<NodeId> nodes) {
    return new Recipients(false, nodes);
  }
}
