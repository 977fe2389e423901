package cn.deltalink.alert.internal;

import static cn.deltalink.alert.internal.Refused.ALERT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The photo of a person alert (照片), one version of it: a JPEG or PNG whose type is read from its
 * first bytes, never from a file name or a declared content type, and whose size and dimensions are
 * checked before anyone's browser decodes it. The SM3 digest lets every receiver check it arrived
 * unchanged (ADR 026).
 */
record AlertPhoto(UUID alertId, long version, String contentType, byte[] content, String sm3) {

  /** Small enough to travel as one register entry well inside a message (ADR 026); a face needs far less. */
  static final int MAX_BYTES = 256 * 1024;
  /** No side longer than this: a larger image is a poster, not a face, and costs memory to decode. */
  static final int MAX_SIDE = 4000;

  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";

  private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  AlertPhoto {
    if (version < 1) {
      throw new IllegalArgumentException("A photo's version starts at 1");
    }
    if (!contentType.equals(sniff(content))) {
      throw new IllegalArgumentException("Photo of alert " + alertId + ": its content is not the " + contentType + " it claims to be");
    }
    if (!sm3.equals(digest(content))) {
      throw new IllegalArgumentException("Photo of alert " + alertId + ": the SM3 digest does not match its content");
    }
  }

  /** A photo as an officer uploaded it: refused unless it is a JPEG or PNG within the limits. */
  static AlertPhoto uploaded(UUID alertId, long version, byte[] content) {
    if (content.length == 0) {
      throw ALERT.invalid("alert.refused.photo.empty");
    }
    if (content.length > MAX_BYTES) {
      throw ALERT.invalid("alert.refused.photo.tooLarge", content.length, MAX_BYTES);
    }
    String type = sniff(content);
    if (type == null) {
      throw ALERT.invalid("alert.refused.photo.notAnImage");
    }
    checkDimensions(content);
    return new AlertPhoto(alertId, version, type, content, digest(content));
  }

  /** JPEG or PNG by the file's signature; null for anything else. */
  static @org.jspecify.annotations.Nullable String sniff(byte[] content) {
    if (startsWith(content, PNG_START)) {
      return PNG;
    }
    if (startsWith(content, JPEG_START)) {
      return JPEG;
    }
    return null;
  }

  /** Reads the width and height from the image's header only: a decompression bomb is refused before it is decoded. */
  private static void checkDimensions(byte[] content) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw ALERT.invalid("alert.refused.photo.notAnImage");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
          throw ALERT.invalid("alert.refused.photo.dimensions", String.valueOf(width), String.valueOf(height), String.valueOf(MAX_SIDE));
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof cn.deltalink.platform.RequestRefused refused) {
        throw refused;
      }
      throw ALERT.invalid("alert.refused.photo.notAnImage");
    }
  }

  private static boolean startsWith(byte[] content, byte[] start) {
    return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
  }

  static String digest(byte[] content) {
    SM3Digest sm3 = new SM3Digest();
    sm3.update(content, 0, content.length);
    byte[] out = new byte[sm3.getDigestSize()];
    sm3.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AlertPhoto p && p.alertId.equals(alertId) && p.version == version && p.sm3.equals(sm3);
  }

  @Override
  public int hashCode() {
    return alertId.hashCode() * 31 + sm3.hashCode();
  }

  @Override
  public String toString() {
    return "AlertPhoto[" + alertId + " v" + version + ", " + contentType + ", " + content.length + " bytes]";
  }
}
