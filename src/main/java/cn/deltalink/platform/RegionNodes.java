package cn.deltalink.platform;

import java.util.List;
import java.util.Optional;

/**
 * The nodes a region is made of, read from {@code region/<region>/nodes.csv} on the classpath. The
 * region is configuration: another region's folder serves another set of provinces.
 */
public record RegionNodes(String region, List<Node> nodes) {

  /** One provincial node as the region's reference data lists it. */
  public record Node(String id, String province, String nameZh, String nameEn, int port) {}

  public static final String DEFAULT_REGION = "yrd";

  public static RegionNodes load(String region) {
    List<Node> nodes =
        CsvRows.read("region/" + region + "/nodes.csv").rows().stream()
            .map(r -> new Node(r.field(0), r.field(1), r.field(2), r.field(3), Integer.parseInt(r.field(4))))
            .toList();
    return new RegionNodes(region, nodes);
  }

  public Optional<Node> node(String id) {
    return nodes.stream().filter(n -> n.id().equalsIgnoreCase(id)).findFirst();
  }
}
