package cn.deltalink.publicservices.internal.application;

import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * The one tracking number (受理编号) of an application across every node it touches: the intake
 * node, the intake day, and eight random characters of an alphabet without look-alikes, e.g.
 * {@code JS20261130K7M3QP2A}. Random, so that numbers cannot be guessed one from another.
 */
public record TrackingNumber(String value) {

  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  public TrackingNumber {
    if (value == null || !value.matches("[A-Z]{2,8}20\\d{6}[" + ALPHABET + "]{8}")) {
      throw new IllegalArgumentException("A tracking number is the node id, the day (yyyyMMdd) and eight letters or digits, e.g. JS20261130K7M3QP2A");
    }
  }

  public static TrackingNumber next(String node, LocalDate day) {
    StringBuilder text = new StringBuilder(node).append(day.toString().replace("-", ""));
    for (int i = 0; i < 8; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new TrackingNumber(text.toString());
  }

  public static boolean isWellFormed(String text) {
    try {
      new TrackingNumber(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
