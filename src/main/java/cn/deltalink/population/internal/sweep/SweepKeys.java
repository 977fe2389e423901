package cn.deltalink.population.internal.sweep;

import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * The region's sweep secret (ADR 029): 32 random bytes per generation that every member holds and no
 * one else, in {@code keys/population-sweep.key} of the node's home ({@code <generation> <hex>} per
 * line; the region coordinator hands a new generation to all members, like the member directory, and
 * old ones stay until no sweep uses them). In demo mode the four nodes on one machine share one file
 * beside their homes, created under a file lock by whichever starts first.
 *
 * <p>No sweep uses the secret itself: each sweep hashes with its own key, HMAC-SM3(secret, sweep id
 * and a fresh nonce), so hashes of one sweep say nothing in another and a leaked hash set expires
 * with its sweep.
 */
@Component
class SweepKeys {

  static final String FILE = "population-sweep.key";

  private final Path file;

  SweepKeys(NodeSettings node) {
    Path home = node.home().toAbsolutePath();
    this.file = node.demo() ? home.getParent().resolve("demo-region-secrets").resolve(FILE) : home.resolve("keys").resolve(FILE);
    if (node.demo()) {
      createDemoSecret(file);
    }
  }

  /** The newest generation this node holds; a sweep cannot start without one. */
  int newestGeneration() {
    return secrets().lastEntry() == null ? refuse() : secrets().lastKey();
  }

  /** The key of one sweep: HMAC-SM3 of the sweep's id and nonce under the generation's secret. */
  byte[] sweepKey(int generation, String sweepId, String nonce) {
    byte[] secret = Optional.ofNullable(secrets().get(generation)).orElseThrow(() -> new IllegalStateException("This node holds no sweep secret of generation " + generation));
    HMac mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(secret));
    byte[] input = ("deltalink-population-sweep/" + sweepId + "/" + nonce).getBytes(StandardCharsets.UTF_8);
    mac.update(input, 0, input.length);
    byte[] key = new byte[mac.getMacSize()];
    mac.doFinal(key, 0);
    return key;
  }

  boolean holds(int generation) {
    return secrets().containsKey(generation);
  }

  private int refuse() {
    throw RequestRefused.conflict("No region sweep secret is installed at " + file + " (ask the region coordinator; see docs/adr/029)");
  }

  private TreeMap<Integer, byte[]> secrets() {
    TreeMap<Integer, byte[]> secrets = new TreeMap<>();
    if (!Files.exists(file)) {
      return secrets;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      for (String line : lines) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length == 2 && parts[0].matches("\\d{1,6}") && parts[1].matches("[0-9a-f]{64}")) {
          secrets.put(Integer.parseInt(parts[0]), HexFormat.of().parseHex(parts[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
    return secrets;
  }

  private static void createDemoSecret(Path file) {
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = FileChannel.open(file.resolveSibling(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        if (!Files.exists(file)) {
          byte[] secret = new byte[32];
          new SecureRandom().nextBytes(secret);
          Path temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
              ? Files.createTempFile(file.getParent(), ".tmp-", ".part", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
              : Files.createTempFile(file.getParent(), ".tmp-", ".part");
          Files.writeString(temp, "1 " + HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII);
          Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Demo: could not create the region's sweep secret " + file, e);
    }
  }
}
