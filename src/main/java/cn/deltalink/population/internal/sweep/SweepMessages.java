package cn.deltalink.population.internal.sweep;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sweep's four message types. {@code requested} names the sweep, its nonce and key generation;
 * {@code hashes} carries part of a register's short hashes (Base64 of 8-byte big-endian values, at
 * most {@link #HASHES_PER_PART} per message so a payload stays near 640 kB, inside the exchange's
 * limit); {@code details-requested} names the short hashes that matched; {@code details} answers
 * each with the full hash (the confirmation) and the record's status, household address code and name.
 */
@Component
class SweepMessages {

  static final String REQUESTED = "population.sweep-requested";
  static final String HASHES = "population.sweep-hashes";
  static final String DETAILS_REQUESTED = "population.sweep-details-requested";
  static final String DETAILS = "population.sweep-details";

  static final int HASHES_PER_PART = 60_000;

  record Requested(String sweepId, String nonce, int generation) {}

  record Hashes(String sweepId, int part, int parts, int count, String hashes, @Nullable String refusal) {}

  record DetailsRequested(String sweepId, String nonce, int generation, List<String> hashes) {}

  record Detail(String hash, @Nullable String fullHash, @Nullable String status, @Nullable String householdAddressCode, @Nullable String name) {}

  record Details(String sweepId, List<Detail> details) {}

  private final JsonMapper json;

  SweepMessages(JsonMapper json) {
    this.json = json;
  }

  String write(Object message) {
    return json.writeValueAsString(message);
  }

  <T> T read(String payload, Class<T> type) {
    try {
      T value = json.readValue(payload, type);
      if (value == null) {
        throw new IllegalArgumentException("empty payload");
      }
      return value;
    } catch (JacksonException e) {
      throw new IllegalArgumentException("Not a " + type.getSimpleName() + " message: " + e.getOriginalMessage());
    }
  }

  static String encode(long[] hashes, int from, int to) {
    ByteBuffer buffer = ByteBuffer.allocate((to - from) * 8);
    for (int i = from; i < to; i++) {
      buffer.putLong(hashes[i]);
    }
    return Base64.getEncoder().encodeToString(buffer.array());
  }

  static long[] decode(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length % 8 != 0) {
      throw new IllegalArgumentException("hashes are 8 bytes each");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long[] hashes = new long[bytes.length / 8];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = buffer.getLong();
    }
    return hashes;
  }

  static String hex(long shortHash) {
    return String.format("%016x", shortHash);
  }

  static long unhex(String hex) {
    if (!hex.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("a short hash is 16 hex digits");
    }
    return Long.parseUnsignedLong(hex, 16);
  }

  static List<String> hexes(List<Long> hashes) {
    List<String> out = new ArrayList<>(hashes.size());
    hashes.forEach(h -> out.add(hex(h)));
    return out;
  }
}
