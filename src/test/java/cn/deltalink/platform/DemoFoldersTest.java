package cn.deltalink.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.DeltaLinkApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Issue 7 §2: demo data never reaches a real node. */
class DemoFoldersTest {

  @TempDir Path userHome;

  private final RegionNodes.Node jiangsu = RegionNodes.load("yrd").node("JS").orElseThrow();

  @Test
  void demoNodesAndRealNodesGetDifferentFolders() {
    Path demo = Path.of((String) NodeLauncher.defaultsFor("yrd", jiangsu, true, userHome).get("deltalink.node.home"));
    Path real = Path.of((String) NodeLauncher.defaultsFor("yrd", jiangsu, false, userHome).get("deltalink.node.home"));

    assertThat(demo).isEqualTo(userHome.resolve(".deltalink/demo/yrd/JS"));
    assertThat(real).isEqualTo(userHome.resolve(".deltalink/yrd/JS"));
    assertThat(demo.startsWith(real) || real.startsWith(demo)).as("one folder inside the other").isFalse();
  }

  @Test
  void demoModeIsReadFromTheCommandLineAsMavenPassesIt() {
    assertThat(NodeLauncher.demo(new String[] {"--deltalink.start=region", "--deltalink.node.demo=true"})).isTrue();
    assertThat(NodeLauncher.demo(new String[] {"--deltalink.start=JS", "--deltalink.node.demo=false"})).isFalse();
  }

  @Test
  void aDemoNodeMarksItsFolderAndTheRegionFolder() {
    Path home = userHome.resolve("demo/yrd/JS");

    NodeHome.claim(new NodeSettings("JS", "32", home, true));

    assertThat(home.resolve(NodeHome.DEMO_MARKER)).exists();
    assertThat(home.getParent().resolve(NodeHome.DEMO_MARKER)).exists();
  }

  @Test
  void aRealNodeRefusesAFolderTheDemoMadeAndSaysWhatToDo() {
    Path home = userHome.resolve("yrd/JS");
    NodeHome.claim(new NodeSettings("JS", "32", home, true));

    assertThatThrownBy(() -> NodeHome.claim(new NodeSettings("JS", "32", home, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not in demo mode")
        .hasMessageContaining(NodeHome.DEMO_MARKER)
        .hasMessageContaining("deltalink.node.home")
        .hasMessageContaining("--deltalink.node.demo=true");
  }

  @Test
  void aRealNodeRefusesANeighbourOfADemoNodeToo() {
    NodeHome.claim(new NodeSettings("SH", "31", userHome.resolve("yrd/SH"), true));

    assertThatThrownBy(() -> NodeHome.claim(new NodeSettings("JS", "32", userHome.resolve("yrd/JS"), false))).hasMessageContaining("demo mode made that folder");
  }

  @Test
  void aRealNodeRefusesAFolderTheDemoMadeBeforeItMarkedItsFolders() throws Exception {
    Path home = userHome.resolve("yrd/JS");
    Files.createDirectories(userHome.resolve("yrd/coordinator"));
    Files.writeString(userHome.resolve("yrd/coordinator/coordinator.key.pem"), "demo coordinator key");

    assertThatThrownBy(() -> NodeHome.claim(new NodeSettings("JS", "32", home, false))).hasMessageContaining("coordinator's private key lies beside it");
  }

  @Test
  void aRealNodeStartsOnAFolderOfItsOwn() {
    NodeHome.claim(new NodeSettings("JS", "32", userHome.resolve("yrd/JS"), false));

    assertThat(userHome.resolve("yrd/JS/" + NodeHome.DEMO_MARKER)).doesNotExist();
  }

  @Test
  void aWholeRealNodeStopsBeforeItsDatabaseStartsOnAFolderTheDemoMade() {
    Path home = userHome.resolve("yrd/JS");
    NodeHome.claim(new NodeSettings("JS", "32", home, true));

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(DeltaLinkApplication.class)
                    .run(
                        "--deltalink.node.id=JS",
                        "--deltalink.node.province=32",
                        "--deltalink.node.demo=false",
                        "--deltalink.node.home=" + home,
                        "--server.port=0",
                        "--spring.main.banner-mode=off"))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause()
        .hasMessageContaining("will not start on " + home.toAbsolutePath());
    assertThat(home.resolve("pgdata")).doesNotExist();
  }
}
