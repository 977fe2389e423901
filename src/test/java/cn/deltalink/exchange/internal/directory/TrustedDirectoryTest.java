package cn.deltalink.exchange.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.core.Sm2;
import cn.deltalink.exchange.internal.core.Timestamps;
import cn.deltalink.platform.NodeSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedDirectoryTest {

  @TempDir Path region;

  private final ExchangeSettings settings =
      new ExchangeSettings(null, null, Duration.ofHours(72), Duration.ofMinutes(5), 1 << 20, 256, 8 << 20, 200, 4 << 20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(2),
          Duration.ofSeconds(15), 2, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(30), Map.of(), false);

  @Test
  void aNodeTakesOverANewerDirectoryAndIgnoresAnOlderOne() throws Exception {
    TrustedDirectory directory = new TrustedDirectory(jiangsu(true), settings, new NodeIdentity(jiangsu(true), settings, "yrd"), "yrd");
    assertThat(directory.directory().version()).isEqualTo(1);

    MemberDirectory current = directory.directory();
    install(new MemberDirectory("yrd", 5, Timestamps.now(), current.members(), true));
    assertThat(directory.reload()).isEqualTo(5);

    install(new MemberDirectory("yrd", 4, Timestamps.now(), current.members().subList(0, 2), true));
    assertThat(directory.reload()).isEqualTo(5);
    assertThat(directory.peers()).hasSize(3);
  }

  @Test
  void aDirectoryWhoseSignatureDoesNotVerifyStopsTheNodeFromStartingWithAClearReason() throws Exception {
    new NodeIdentity(jiangsu(true), settings, "yrd");
    Path json = region.resolve("directory/directory.json");
    Files.writeString(json, Files.readString(json).replace("8131", "9131"));

    assertThatThrownBy(() -> new TrustedDirectory(jiangsu(false), settings, new NodeIdentity(jiangsu(false), settings, "yrd"), "yrd"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is refused")
        .hasMessageContaining("does not verify");
  }

  @Test
  void aNodeWithNothingInstalledStartsAloneAndTakesOverTheDirectoryOnceInstalled() throws Exception {
    TrustedDirectory alone = new TrustedDirectory(jiangsu(false), settings, new NodeIdentity(jiangsu(false), settings, "yrd"), "yrd");

    assertThat(alone.directory().version()).isZero();
    assertThat(alone.peers()).isEmpty();

    MemberDirectory demo = new TrustedDirectory(jiangsu(true), settings, new NodeIdentity(jiangsu(true), settings, "yrd"), "yrd").directory();
    install(new MemberDirectory("yrd", 1, Timestamps.now(), overTls(demo.members())));

    assertThat(alone.reload()).isEqualTo(1);
    assertThat(alone.peers()).hasSize(3);
  }

  @Test
  void anOlderDirectoryPutBackIntoTheFolderIsRefusedAfterARestart() throws Exception {
    TrustedDirectory running = new TrustedDirectory(jiangsu(true), settings, new NodeIdentity(jiangsu(true), settings, "yrd"), "yrd");
    MemberDirectory first = running.directory();
    install(new MemberDirectory("yrd", 7, Timestamps.now(), first.members(), true));
    assertThat(running.reload()).isEqualTo(7);

    install(new MemberDirectory("yrd", 6, Timestamps.now(), first.members(), true));

    assertThatThrownBy(() -> new TrustedDirectory(jiangsu(true), settings, new NodeIdentity(jiangsu(true), settings, "yrd"), "yrd"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("version 6, older than version 7");
  }

  @Test
  void outsideDemoModeADirectoryTheDemoMadeIsNeverTrusted() throws Exception {
    MemberDirectory demo = new TrustedDirectory(jiangsu(true), settings, new NodeIdentity(jiangsu(true), settings, "yrd"), "yrd").directory();
    assertThat(demo.demo()).isTrue();

    assertThatThrownBy(() -> new TrustedDirectory(jiangsu(false), allowingPlainHttp(), new NodeIdentity(jiangsu(false), settings, "yrd"), "yrd"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("made by the demo")
        .hasMessageContaining("never trusts it");
  }

  @Test
  void outsideDemoModePlainHttpEndpointsAreRefusedUnlessTheOperatorAllowsThem() throws Exception {
    MemberDirectory demo = new TrustedDirectory(jiangsu(true), settings, new NodeIdentity(jiangsu(true), settings, "yrd"), "yrd").directory();
    install(new MemberDirectory("yrd", 2, Timestamps.now(), demo.members()));

    assertThatThrownBy(() -> new TrustedDirectory(jiangsu(false), settings, new NodeIdentity(jiangsu(false), settings, "yrd"), "yrd"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without TLS")
        .hasMessageContaining("SH (http://localhost:8131)")
        .hasMessageContaining("deltalink.exchange.allow-plain-http=true");
    assertThat(new TrustedDirectory(jiangsu(false), allowingPlainHttp(), new NodeIdentity(jiangsu(false), settings, "yrd"), "yrd").directory().version()).isEqualTo(2);

    install(new MemberDirectory("yrd", 3, Timestamps.now(), overTls(demo.members())));
    assertThat(new TrustedDirectory(jiangsu(false), settings, new NodeIdentity(jiangsu(false), settings, "yrd"), "yrd").peers()).hasSize(3);
  }

  @Test
  void theDirectoryTellsWhichAgenciesANodeMaySendFor() {
    TrustedDirectory directory = new TrustedDirectory(jiangsu(true), settings, new NodeIdentity(jiangsu(true), settings, "yrd"), "yrd");

    assertThat(directory.listsAgency("JS", "320100000000")).isTrue();
    assertThat(directory.listsAgency("JS", "310000000000")).isFalse();
    assertThat(directory.listsAgency("XX", "320000000000")).isFalse();
  }

  private static java.util.List<MemberDirectory.Member> overTls(java.util.List<MemberDirectory.Member> members) {
    return members.stream()
        .map(m -> new MemberDirectory.Member(m.id(), m.province(), m.endpoint().replace("http://localhost", "https://" + m.id().toLowerCase(java.util.Locale.ROOT) + ".example"), m.publicKey(), m.agencies()))
        .toList();
  }

  private ExchangeSettings allowingPlainHttp() {
    return new ExchangeSettings(null, null, Duration.ofHours(72), Duration.ofMinutes(5), 1 << 20, 256, 8 << 20, 200, 4 << 20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(2),
        Duration.ofSeconds(15), 2, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(30), Map.of(), true);
  }

  @Test
  void aNodeWithATrustAnchorButNoDirectoryRefusesToStartAndSaysWhatToInstall() throws Exception {
    new NodeIdentity(jiangsu(true), settings, "yrd");
    new TrustedDirectory(jiangsu(true), settings, new NodeIdentity(jiangsu(true), settings, "yrd"), "yrd");
    Files.delete(region.resolve("directory/directory.json"));

    assertThatThrownBy(() -> new TrustedDirectory(jiangsu(false), settings, new NodeIdentity(jiangsu(false), settings, "yrd"), "yrd"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No member directory")
        .hasMessageContaining("member-directory.md");
  }

  private void install(MemberDirectory directory) throws Exception {
    byte[] json = directory.toJsonBytes();
    String signature = MemberDirectory.sign(json, Sm2.privateKeyFromPem(Files.readString(region.resolve("coordinator/coordinator.key.pem"))));
    Files.write(region.resolve("directory/directory.json"), json);
    Files.writeString(region.resolve("directory/directory.sig"), signature, StandardCharsets.US_ASCII);
  }

  private NodeSettings jiangsu(boolean demo) {
    return new NodeSettings("JS", "32", region.resolve("JS"), demo);
  }
}
