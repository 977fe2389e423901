package cn.deltalink.exchange.internal.directory;

import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.core.Sm2;
import cn.deltalink.platform.NodeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The member directory this node trusts: loaded at start from {@code directory.json} and
 * {@code directory.sig}, verified with the coordinator's public key (the trust anchor). A node whose
 * directory does not verify, or does not list this node with this node's key, does not start. A
 * newer version placed in the folder is taken over while running; an older or equal one is ignored.
 * The highest version ever in force is kept in the node's folder ({@value #INSTALLED_VERSION}), so an
 * older directory put back into the folder is refused after a restart too (a replayed directory
 * could bring back a revoked key or endpoint). Outside demo mode a directory the demo made is never
 * trusted, and plain {@code http://} endpoints only when the operator allows them.
 */
@Component
public class TrustedDirectory {

  private static final Logger log = LoggerFactory.getLogger(TrustedDirectory.class);

  static final String INSTALLED_VERSION = "installed-directory-version";

  private final NodeIdentity identity;
  private final boolean demo;
  private final boolean allowPlainHttp;
  private final Path folder;
  private final Path anchor;
  private final Path installedVersion;
  private final List<Consumer<MemberDirectory>> listeners = new CopyOnWriteArrayList<>();
  private volatile Snapshot current;

  private record Snapshot(MemberDirectory directory, Map<String, PublicKey> keys, Map<String, Set<String>> agencies) {}

  TrustedDirectory(NodeSettings node, ExchangeSettings settings, NodeIdentity identity, @Value("${deltalink.region}") String region) {
    this.identity = identity;
    this.demo = node.demo();
    this.allowPlainHttp = settings.allowPlainHttp();
    this.folder = settings.directoryFolder(node);
    this.anchor = settings.trustAnchorFile(node);
    this.installedVersion = node.home().toAbsolutePath().resolve(INSTALLED_VERSION);
    this.current = snapshot(installed() ? notOlderThanInstalled(readAtStart()) : isolated(node, region));
    remember(current.directory);
    log.info("Member directory version {} of region {} with {} members, from {}", current.directory.version(), current.directory.region(), current.keys.size(), folder);
  }

  public MemberDirectory directory() {
    return current.directory;
  }

  public Optional<PublicKey> key(String node) {
    return Optional.ofNullable(current.keys.get(node));
  }

  /** Whether the directory lists the agency under the node: a node sends only for its own agencies. */
  public boolean listsAgency(String node, String agency) {
    return current.agencies.getOrDefault(node, Set.of()).contains(agency);
  }

  public Optional<MemberDirectory.Member> member(String node) {
    return current.directory.member(node);
  }

  /** Every member but this node. */
  public List<MemberDirectory.Member> peers() {
    return current.directory.members().stream().filter(m -> !m.id().equals(identity.id())).toList();
  }

  public void onChange(Consumer<MemberDirectory> listener) {
    listeners.add(listener);
  }

  /** Takes over a newer directory from the folder; returns the version in force afterwards. */
  public synchronized long reload() {
    MemberDirectory candidate = read();
    if (candidate.version() > current.directory.version()) {
      current = snapshot(candidate);
      remember(candidate);
      log.info("Member directory version {} taken over", candidate.version());
      listeners.forEach(l -> l.accept(candidate));
    }
    return current.directory.version();
  }

  @Scheduled(initialDelayString = "${deltalink.exchange.directory-check-interval:30s}", fixedDelayString = "${deltalink.exchange.directory-check-interval:30s}")
  void checkForNewerVersion() {
    try {
      reload();
    } catch (RuntimeException e) {
      log.warn("The member directory in {} was not taken over: {}", folder, e.getMessage());
    }
  }

  /**
   * Reads the directory, trying twice more half a second apart when its signature does not verify:
   * the two files are replaced one after the other, and a node starting in between would otherwise
   * refuse a directory that is a moment from being whole.
   */
  private MemberDirectory readAtStart() {
    for (int attempt = 1; ; attempt++) {
      try {
        return read();
      } catch (IllegalStateException e) {
        if (attempt >= 3 || !e.getMessage().contains("does not verify")) {
          throw e;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Whether the coordinator's key and a directory have been put in place (in demo mode, by the demo). */
  private boolean installed() {
    return Files.exists(anchor) || Files.exists(folder.resolve("directory.json")) || Files.exists(folder.resolve("directory.sig")) || highestInstalled() > 0;
  }

  private MemberDirectory notOlderThanInstalled(MemberDirectory directory) {
    long highest = highestInstalled();
    if (directory.version() < highest) {
      throw new IllegalStateException(
          "The member directory in "
              + folder
              + " has version "
              + directory.version()
              + ", older than version "
              + highest
              + " that this node already had in force ("
              + installedVersion
              + "): an older directory is refused. Install the region coordinator's current directory (docs/member-directory.md)");
    }
    return directory;
  }

  private long highestInstalled() {
    try {
      return Files.exists(installedVersion) ? Long.parseLong(Files.readString(installedVersion).trim()) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(installedVersion + " must hold the highest member directory version this node had in force", e);
    }
  }

  private void remember(MemberDirectory directory) {
    if (directory.version() > highestInstalled()) {
      KeyFiles.write(installedVersion, (directory.version() + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
  }

  /**
   * A node whose operator has not installed the region's directory yet still starts, alone: it serves
   * its own officers, says so in its health and refuses to send, and takes over the directory as soon
   * as it is installed. A directory that is installed but does not verify stops the start instead.
   */
  private MemberDirectory isolated(NodeSettings node, String region) {
    log.warn(
        "No member directory installed in {} (trust anchor {}): node {} runs alone and exchanges nothing until the region coordinator's directory is installed (docs/member-directory.md)",
        folder,
        anchor,
        node.id());
    String key = java.util.Base64.getEncoder().encodeToString(identity.publicKey().getEncoded());
    return MemberDirectory.isolated(region, new MemberDirectory.Member(identity.id(), node.province(), "http://localhost", key, List.of()));
  }

  private MemberDirectory read() {
    Path json = folder.resolve("directory.json");
    Path sig = folder.resolve("directory.sig");
    if (!Files.exists(anchor)) {
      throw new IllegalStateException("No trust anchor at " + anchor + ": install the region coordinator's public key there (docs/member-directory.md)");
    }
    if (!Files.exists(json) || !Files.exists(sig)) {
      throw new IllegalStateException("No member directory in " + folder + ": install directory.json and directory.sig from the region coordinator (docs/member-directory.md)");
    }
    MemberDirectory directory;
    try {
      directory = MemberDirectory.verified(Files.readAllBytes(json), Files.readString(sig), KeyFiles.readPublic(anchor));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The member directory in " + folder + " is refused: " + e.getMessage() + " (trust anchor " + anchor + ")", e);
    }
    if (directory.demo() && !demo) {
      throw new IllegalStateException(
          "The member directory in "
              + folder
              + " was made by the demo and is signed with the demo's coordinator key: a node outside demo mode never trusts it."
              + " Install the region coordinator's directory and public key (docs/member-directory.md)");
    }
    List<MemberDirectory.Member> plain = directory.plainHttpMembers();
    if (!demo && !allowPlainHttp && !plain.isEmpty()) {
      throw new IllegalStateException(
          "The member directory in "
              + folder
              + " lists endpoints without TLS for "
              + plain.stream().map(m -> m.id() + " (" + m.endpoint() + ")").toList()
              + ": messages between nodes are signed but not encrypted, so outside demo mode endpoints must be https://."
              + " Ask the region coordinator for https endpoints, or allow plain http explicitly with deltalink.exchange.allow-plain-http=true (docs/protocol.md, section 1)");
    }
    MemberDirectory.Member self =
        directory.member(identity.id()).orElseThrow(() -> new IllegalStateException("The member directory in " + folder + " does not list this node " + identity.id()));
    if (!self.key().equals(identity.publicKey())) {
      throw new IllegalStateException(
          "The member directory lists another public key for " + identity.id() + " than this node's keys/node.pub.pem: send that file to the region coordinator");
    }
    return directory;
  }

  private static Snapshot snapshot(MemberDirectory directory) {
    Map<String, PublicKey> keys = new HashMap<>();
    Map<String, Set<String>> agencies = new HashMap<>();
    directory.members().forEach(m -> keys.put(m.id(), Sm2.publicKeyFromBase64(m.publicKey())));
    directory.members().forEach(m -> agencies.put(m.id(), Set.copyOf(m.agencies())));
    return new Snapshot(directory, Map.copyOf(keys), Map.copyOf(agencies));
  }
}
