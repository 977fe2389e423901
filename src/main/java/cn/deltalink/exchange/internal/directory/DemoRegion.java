package cn.deltalink.exchange.internal.directory;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.core.Sm2;
import cn.deltalink.exchange.internal.core.Timestamps;
import cn.deltalink.platform.CsvRows;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RegionNodes;
import cn.deltalink.region.AgencyCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only: plays the region coordinator on this machine. Creates the coordinator's key, the
 * key of every node that has none yet (all keys on one machine, which a real region never does),
 * and a signed member directory with endpoints on localhost. The four demo nodes start at the same
 * time and share the region folder, so all of this happens under a file lock; a directory that
 * already lists the same members is kept, otherwise the next version is written.
 */
final class DemoRegion {

  private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);

  private DemoRegion() {}

  static void prepare(NodeSettings node, String region, ExchangeSettings settings) {
    Path ownHome = node.home().toAbsolutePath();
    Path regionHome = ownHome.getParent();
    Path folder = settings.directoryFolder(node);
    synchronized (DemoRegion.class) {
      try {
        Files.createDirectories(folder);
        try (FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          FileLock lock = channel.lock();
          KeyPair coordinator = KeyFiles.loadOrCreate(regionHome.resolve("coordinator"), "coordinator");
          List<MemberDirectory.Member> members = new ArrayList<>();
          for (RegionNodes.Node n : RegionNodes.load(region).nodes()) {
            Path home = n.id().equals(node.id()) ? ownHome : regionHome.resolve(n.id());
            KeyPair keys = KeyFiles.loadOrCreate(home.resolve("keys"), "node");
            String endpoint = settings.demoEndpoints().getOrDefault(n.id(), "http://localhost:" + n.port());
            members.add(new MemberDirectory.Member(n.id(), n.province(), endpoint, Sm2.publicKeyBase64(keys.getPublic()), agenciesOf(region, n.province())));
          }
          MemberDirectory existing = existing(folder, coordinator);
          MemberDirectory wanted = new MemberDirectory(region, existing == null ? 1 : existing.version() + 1, Timestamps.now(), members, true);
          if (existing == null || !existing.sameMembersAs(wanted)) {
            byte[] json = wanted.toJsonBytes();
            KeyFiles.write(folder.resolve("directory.sig"), MemberDirectory.sign(json, coordinator.getPrivate()).getBytes(StandardCharsets.US_ASCII));
            KeyFiles.write(folder.resolve("directory.json"), json);
            log.info("Demo: wrote member directory version {} for region {} in {}", wanted.version(), region, folder);
          }
          Path anchor = settings.trustAnchorFile(node);
          if (!Files.exists(anchor) || !KeyFiles.readPublic(anchor).equals(coordinator.getPublic())) {
            KeyFiles.writePublic(anchor, coordinator.getPublic());
          }
          lock.release();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Demo: could not prepare the member directory in " + folder, e);
      }
    }
  }

  private static @Nullable MemberDirectory existing(Path folder, KeyPair coordinator) throws IOException {
    Path json = folder.resolve("directory.json");
    Path sig = folder.resolve("directory.sig");
    if (!Files.exists(json) || !Files.exists(sig)) {
      return null;
    }
    try {
      return MemberDirectory.verified(Files.readAllBytes(json), Files.readString(sig), coordinator.getPublic());
    } catch (IllegalArgumentException e) {
      log.warn("Demo: replacing the member directory in {}: {}", folder, e.getMessage());
      return null;
    }
  }

  /** The agency codes of the region's data set that lie in a province (their codes start with it). */
  static List<String> agenciesOf(String region, String province) {
    return CsvRows.read("region/" + region + "/agencies.csv").rows().stream()
        .map(row -> row.field(0))
        .filter(code -> code.startsWith(province) && AgencyCode.isWellFormed(code))
        .toList();
  }

}
