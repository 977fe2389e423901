package cn.deltalink.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The folder a node keeps its database and keys in, claimed for demo data or for real data, never
 * both. Demo mode marks the node's folder and the region folder above it with {@value #DEMO_MARKER};
 * a node outside demo mode refuses to start on a marked folder, because everything in it is the
 * demo's: officers with the published demo password, keys and a member directory signed by a
 * coordinator key that lies on this machine. Folders the demo made before the marker existed are
 * known by that coordinator key: a real region's coordinator key never sits beside a node.
 * The embedded database starts only after this check.
 */
@Component
class NodeHome {

  static final String DEMO_MARKER = "DEMO-DATA.txt";

  private static final String MARKER_TEXT =
      """
      This folder was made by DeltaLink's demo mode (./mvnw spring-boot:run). Its officers use the demo
      password and its keys and member directory are the demo's: a node outside demo mode refuses to
      start on it. Delete the folder to start the demo afresh.
      """;

  NodeHome(NodeSettings node) {
    claim(node);
  }

  /** Marks the folders of a demo node; refuses a real node a folder that demo mode made. */
  static void claim(NodeSettings node) {
    Path home = node.home().toAbsolutePath();
    Path region = home.getParent();
    if (node.demo()) {
      mark(home);
      if (region != null) {
        mark(region);
      }
      return;
    }
    demoSign(home).or(() -> region == null ? Optional.empty() : demoSign(region)).ifPresent(sign -> {
      throw new IllegalStateException(
          "Node "
              + node.id()
              + " is not in demo mode and will not start on "
              + home
              + ": "
              + sign
              + ", so its officers, keys and member directory are the demo's. Give this node a folder of its own"
              + " (deltalink.node.home; the default for a real node is ~/.deltalink/<region>/<node id>), or start the demo"
              + " with --deltalink.node.demo=true (./mvnw spring-boot:run), whose folders are under ~/.deltalink/demo/.");
    });
  }

  private static Optional<String> demoSign(Path folder) {
    if (Files.exists(folder.resolve(DEMO_MARKER))) {
      return Optional.of("demo mode made that folder (" + folder.resolve(DEMO_MARKER) + ")");
    }
    Path coordinatorKey = folder.resolve("coordinator").resolve("coordinator.key.pem");
    if (Files.exists(coordinatorKey)) {
      return Optional.of("the region coordinator's private key lies beside it (" + coordinatorKey + "), as only the demo places it");
    }
    return Optional.empty();
  }

  private static void mark(Path folder) {
    Path marker = folder.resolve(DEMO_MARKER);
    if (Files.exists(marker)) {
      return;
    }
    try {
      Files.createDirectories(folder);
      Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not mark " + folder + " as demo data", e);
    }
  }
}
