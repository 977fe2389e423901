package cn.deltalink.exchange.internal.directory;

import cn.deltalink.exchange.internal.core.Sm2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;

/**
 * SM2 key pairs kept as PEM files: {@code <name>.key.pem} (PKCS#8, readable by the owner only) and
 * {@code <name>.pub.pem}. Files are written to a temporary name and moved, so that a crash never
 * leaves half a key.
 */
final class KeyFiles {

  private KeyFiles() {}

  static KeyPair loadOrCreate(Path folder, String name) {
    Path privateFile = folder.resolve(name + ".key.pem");
    Path publicFile = folder.resolve(name + ".pub.pem");
    try {
      if (Files.exists(privateFile) && Files.exists(publicFile)) {
        return new KeyPair(Sm2.publicKeyFromPem(Files.readString(publicFile)), Sm2.privateKeyFromPem(Files.readString(privateFile)));
      }
      Files.createDirectories(folder);
      KeyPair keys = Sm2.generateKeyPair();
      writeSecret(privateFile, Sm2.privateKeyPem(keys.getPrivate()));
      writePublic(publicFile, keys.getPublic());
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create the SM2 key pair " + privateFile, e);
    }
  }

  static PublicKey readPublic(Path file) {
    try {
      return Sm2.publicKeyFromPem(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the public key " + file, e);
    }
  }

  static void writePublic(Path file, PublicKey key) {
    write(file, Sm2.publicKeyPem(key).getBytes(StandardCharsets.US_ASCII));
  }

  static void write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".tmp-", ".part");
      Files.write(temp, content);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  private static void writeSecret(Path file, String pem) throws IOException {
    Path temp;
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      temp = Files.createTempFile(file.getParent(), ".tmp-", ".part", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      temp = Files.createTempFile(file.getParent(), ".tmp-", ".part");
    }
    Files.writeString(temp, pem, StandardCharsets.US_ASCII);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
  }
}
