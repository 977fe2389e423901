package cn.deltalink.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    String resource = "region/" + region + "/nodes.csv";
    InputStream in = RegionNodes.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("No region data set at classpath:" + resource);
    }
    List<Node> nodes = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", -1);
        nodes.add(new Node(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), Integer.parseInt(f[4].trim())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RegionNodes(region, List.copyOf(nodes));
  }

  public Optional<Node> node(String id) {
    return nodes.stream().filter(n -> n.id().equalsIgnoreCase(id)).findFirst();
  }
}
