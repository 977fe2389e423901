package cn.deltalink.exchange.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.platform.NodeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRegionTest {

  @TempDir Path region;

  @Test
  void fourNodesStartingAtOnceShareOneSignedDirectoryThatListsEachNodesOwnKey() throws Exception {
    ExchangeSettings settings = settings(Map.of());
    ExecutorService starts = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new java.util.ArrayList<>();
    for (String id : List.of("SH", "JS", "ZJ", "AH")) {
      done.add(starts.submit(() -> DemoRegion.prepare(node(id), "yrd", settings)));
    }
    for (Future<?> f : done) {
      f.get();
    }
    starts.shutdown();

    MemberDirectory directory = verified("JS");
    assertThat(directory.version()).isEqualTo(1);
    assertThat(directory.members()).extracting(MemberDirectory.Member::id).containsExactly("SH", "JS", "ZJ", "AH");
    for (String id : List.of("SH", "JS", "ZJ", "AH")) {
      assertThat(directory.member(id).orElseThrow().key()).isEqualTo(KeyFiles.readPublic(region.resolve(id).resolve("keys/node.pub.pem")));
      assertThat(verified(id)).isEqualTo(directory);
    }
    assertThat(directory.member("JS").orElseThrow().endpoint()).isEqualTo("http://localhost:8132");
    assertThat(directory.member("JS").orElseThrow().agencies()).contains("320000000000");
  }

  @Test
  void aChangedEndpointGivesTheNextVersionAndAnUnchangedRegionKeepsItsVersion() throws Exception {
    DemoRegion.prepare(node("JS"), "yrd", settings(Map.of()));
    DemoRegion.prepare(node("SH"), "yrd", settings(Map.of()));
    assertThat(verified("JS").version()).isEqualTo(1);

    DemoRegion.prepare(node("SH"), "yrd", settings(Map.of("SH", "http://localhost:9131")));

    assertThat(verified("SH").version()).isEqualTo(2);
    assertThat(verified("SH").member("SH").orElseThrow().endpoint()).isEqualTo("http://localhost:9131");
  }

  private MemberDirectory verified(String id) throws Exception {
    Path folder = region.resolve("directory");
    return MemberDirectory.verified(Files.readAllBytes(folder.resolve("directory.json")), Files.readString(folder.resolve("directory.sig")), KeyFiles.readPublic(region.resolve(id).resolve("keys/coordinator.pub.pem")));
  }

  private NodeSettings node(String id) {
    return new NodeSettings(id, switch (id) {
      case "SH" -> "31";
      case "JS" -> "32";
      case "ZJ" -> "33";
      default -> "34";
    }, region.resolve(id), true);
  }

  private static ExchangeSettings settings(Map<String, String> endpoints) {
    return new ExchangeSettings(null, null, java.time.Duration.ofHours(72), java.time.Duration.ofMinutes(5), 1 << 20, 256, 8 << 20, 200, 4 << 20, java.time.Duration.ofSeconds(1),
        java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(15), 2, java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(10),
        java.time.Duration.ofSeconds(30), endpoints, false);
  }
}
