package cn.deltalink.exchange.internal.directory;

import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.core.Sm2;
import cn.deltalink.exchange.internal.core.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The region coordinator's and node operators' command line for the member directory (成员目录),
 * without starting a node. See docs/member-directory.md for the procedure.
 *
 * <pre>
 * keygen &lt;folder&gt; &lt;name&gt;                      make &lt;name&gt;.key.pem (0600) and &lt;name&gt;.pub.pem if absent
 * sign &lt;region&gt; &lt;version&gt; &lt;members.csv&gt; &lt;coordinator.key.pem&gt; &lt;out folder&gt;
 *                                               write directory.json and directory.sig
 * verify &lt;directory folder&gt; &lt;coordinator.pub.pem&gt;  check the signature and list the members
 * </pre>
 *
 * members.csv: one line per node, {@code id,province,endpoint,public key PEM file,agency;agency;...};
 * lines starting with # are comments; a relative key file is read from the folder of the CSV.
 */
public final class DirectoryTool {

  private DirectoryTool() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      usage();
      return;
    }
    switch (args[0]) {
      case "keygen" -> keygen(args);
      case "sign" -> sign(args);
      case "verify" -> verify(args);
      default -> usage();
    }
  }

  private static void keygen(String[] args) {
    require(args, 3);
    Path folder = Path.of(args[1]);
    KeyPair keys = KeyFiles.loadOrCreate(folder, args[2]);
    System.out.println("Key pair " + folder.resolve(args[2] + ".key.pem") + " (keep it here, readable by the node only)");
    System.out.println("Public key to send to the region coordinator: " + folder.resolve(args[2] + ".pub.pem"));
    System.out.print(Sm2.publicKeyPem(keys.getPublic()));
  }

  private static void sign(String[] args) throws IOException {
    require(args, 6);
    String region = args[1];
    long version = Long.parseLong(args[2]);
    Path csv = Path.of(args[3]);
    List<MemberDirectory.Member> members = new ArrayList<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length < 5) {
        throw new IllegalArgumentException("Each line needs id,province,endpoint,public key file,agencies: " + line);
      }
      Path keyFile = csv.toAbsolutePath().getParent().resolve(f[3].trim());
      String publicKey = Sm2.publicKeyBase64(KeyFiles.readPublic(keyFile));
      List<String> agencies = Arrays.stream(f[4].split(";")).map(String::trim).filter(a -> !a.isEmpty()).toList();
      members.add(new MemberDirectory.Member(f[0].trim(), f[1].trim(), f[2].trim(), publicKey, agencies));
    }
    MemberDirectory directory = new MemberDirectory(region, version, Timestamps.now(), members);
    byte[] json = directory.toJsonBytes();
    String signature = MemberDirectory.sign(json, Sm2.privateKeyFromPem(Files.readString(Path.of(args[4]))));
    Path out = Path.of(args[5]);
    KeyFiles.write(out.resolve("directory.json"), json);
    KeyFiles.write(out.resolve("directory.sig"), signature.getBytes(StandardCharsets.US_ASCII));
    System.out.println("Signed member directory " + region + " version " + version + " with " + members.size() + " members in " + out.toAbsolutePath());
  }

  private static void verify(String[] args) throws IOException {
    require(args, 3);
    Path folder = Path.of(args[1]);
    MemberDirectory directory =
        MemberDirectory.verified(Files.readAllBytes(folder.resolve("directory.json")), Files.readString(folder.resolve("directory.sig")), KeyFiles.readPublic(Path.of(args[2])));
    System.out.println("Signature verifies. Region " + directory.region() + ", version " + directory.version() + ", issued " + Timestamps.format(directory.issuedAt()));
    for (MemberDirectory.Member m : directory.members()) {
      System.out.println("  " + m.id() + " (" + m.province() + ") " + m.endpoint() + " agencies " + m.agencies());
    }
  }

  private static void require(String[] args, int count) {
    if (args.length < count) {
      usage();
      throw new IllegalArgumentException("Missing arguments for " + args[0]);
    }
  }

  private static void usage() {
    System.out.println(
        """
        DirectoryTool keygen <folder> <name>
        DirectoryTool sign <region> <version> <members.csv> <coordinator.key.pem> <out folder>
        DirectoryTool verify <directory folder> <coordinator.pub.pem>""");
  }
}
