package cn.deltalink.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;

/**
 * Reads {@code --deltalink.start}: {@code region} starts the region's demo (one child process per
 * node), a node id starts that node, nothing starts Jiangsu. Defaults that follow from the node id
 * (province, port 81 + province code, home folder, embedded database port) are set here so that a
 * node can be started with nothing but its id.
 */
public final class NodeLauncher {

  static final String DEFAULT_NODE = "JS";

  private NodeLauncher() {}

  public static void launch(Class<?> application, String[] args) {
    String start = argument(args, "deltalink.start").orElse(DEFAULT_NODE);
    String region = argument(args, "deltalink.region").orElse(RegionNodes.DEFAULT_REGION);
    RegionNodes nodes = RegionNodes.load(region);
    ParentWatch.start(args);
    if (start.equalsIgnoreCase("region")) {
      new RegionDemo(nodes, application).run(args);
      return;
    }
    RegionNodes.Node node =
        nodes
            .node(start)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Unknown node '" + start + "'; the region " + region + " has " + nodes.nodes().stream().map(RegionNodes.Node::id).toList()));
    DatabaseStop.haltWhenStuck();
    SpringApplication app = new SpringApplication(application);
    app.setDefaultProperties(defaultsFor(region, node, demo(args), Path.of(System.getProperty("user.home"))));
    app.run(args);
  }

  /**
   * Demo nodes live under {@code ~/.deltalink/demo/}, real nodes under {@code ~/.deltalink/}: the two
   * never share a folder, so a real node never starts on demo officers, keys or directory.
   */
  static Map<String, Object> defaultsFor(String region, RegionNodes.Node node, boolean demo, Path userHome) {
    Path root = demo ? userHome.resolve(".deltalink").resolve("demo") : userHome.resolve(".deltalink");
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("deltalink.region", region);
    defaults.put("deltalink.node.id", node.id());
    defaults.put("deltalink.node.province", node.province());
    defaults.put("server.port", node.port());
    defaults.put("deltalink.node.home", root.resolve(region).resolve(node.id()).toString());
    defaults.put("deltalink.db.embedded-port", node.port() + 10000);
    return defaults;
  }

  /** Whether demo mode is asked for on the command line or in the environment (as Spring would read it). */
  static boolean demo(String[] args) {
    return argument(args, "deltalink.node.demo")
        .or(() -> Optional.ofNullable(System.getProperty("deltalink.node.demo")))
        .or(() -> Optional.ofNullable(System.getenv("DELTALINK_NODE_DEMO")))
        .map(Boolean::parseBoolean)
        .orElse(false);
  }

  static Optional<String> argument(String[] args, String name) {
    String prefix = "--" + name + "=";
    return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).reduce((a, b) -> b);
  }
}
