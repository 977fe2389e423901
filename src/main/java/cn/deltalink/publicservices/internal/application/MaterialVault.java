package cn.deltalink.publicservices.internal.application;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Applicants' materials (scans), stored SM4-GCM encrypted with the node's {@link MaterialKey}; the
 * tracking number is the associated data, so a ciphertext moved to another application does not
 * decrypt. The SM3 of the plain bytes is kept to show the clerk and the reviewer the same file.
 */
@Repository
public class MaterialVault {

  /** A material as the window uploads it, or as it travels to the competent node. */
  public record Material(String name, byte[] content) {}

  /** What a page lists of a stored material. */
  public record Stored(UUID id, String name, int size, String sm3, Instant addedAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final MaterialKey key;

  MaterialVault(JdbcTemplate jdbc, MaterialKey key) {
    this.jdbc = jdbc;
    this.key = key;
  }

  public void store(TrackingNumber tn, Material material, Instant at) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    byte[] sealed = crypt(true, tn, nonce, material.content());
    jdbc.update("insert into service_material (id, tracking_number, name, size_bytes, sm3, nonce, ciphertext, added_at) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
        tn.value(), material.name(), material.content().length, sm3(material.content()), nonce, sealed, Timestamp.from(at));
  }

  public List<Stored> list(TrackingNumber tn) {
    return jdbc.query("select id, name, size_bytes, sm3, added_at from service_material where tracking_number = ? order by added_at, name",
        (rs, i) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant()), tn.value());
  }

  /** All materials decrypted, to send them on. */
  public List<Material> open(TrackingNumber tn) {
    return jdbc.query("select name, nonce, ciphertext from service_material where tracking_number = ? order by added_at, name",
        (rs, i) -> new Material(rs.getString(1), crypt(false, tn, rs.getBytes(2), rs.getBytes(3))), tn.value());
  }

  public Optional<Material> open(TrackingNumber tn, UUID id) {
    return jdbc.query("select name, nonce, ciphertext from service_material where tracking_number = ? and id = ?",
        (rs, i) -> new Material(rs.getString(1), crypt(false, tn, rs.getBytes(2), rs.getBytes(3))), tn.value(), id).stream().findFirst();
  }

  /** The raw stored bytes: what someone who reads the table sees. */
  byte[] ciphertext(UUID id) {
    return jdbc.queryForObject("select ciphertext from service_material where id = ?", byte[].class, id);
  }

  static String sm3(byte[] content) {
    SM3Digest digest = new SM3Digest();
    digest.update(content, 0, content.length);
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }

  private byte[] crypt(boolean encrypt, TrackingNumber tn, byte[] nonce, byte[] input) {
    var cipher = GCMBlockCipher.newInstance(new SM4Engine());
    cipher.init(encrypt, new AEADParameters(new KeyParameter(key.bytes()), 128, nonce, tn.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    byte[] out = new byte[cipher.getOutputSize(input.length)];
    int n = cipher.processBytes(input, 0, input.length, out, 0);
    try {
      n += cipher.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("A material of " + tn + " does not decrypt: altered, or another node's key", e);
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }
}
