package cn.deltalink.publicservices.internal.application;

import cn.deltalink.platform.NodeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The node's SM4 key for applicants' materials at rest ({@code keys/materials.sm4} in the node's
 * folder, readable by its owner only): made on first use, never in the database, so that a copy of
 * the database alone does not reveal the scans.
 */
@Component
class MaterialKey {

  private final byte[] key;

  MaterialKey(NodeSettings node) {
    this.key = loadOrCreate(node.home().resolve("keys").resolve("materials.sm4"));
  }

  byte[] bytes() {
    return key.clone();
  }

  private static synchronized byte[] loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        byte[] read = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (read.length != 16) {
          throw new IllegalStateException(file + " does not hold a 128-bit SM4 key");
        }
        return read;
      }
      Files.createDirectories(file.getParent());
      byte[] fresh = new byte[16];
      new SecureRandom().nextBytes(fresh);
      Path temporary = file.resolveSibling(file.getFileName() + ".new");
      Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own protection applies
      }
      Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the material key " + file, e);
    }
  }
}
