package cn.deltalink.certificate.internal.pdf;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Certificate codes such as {@code JS-7K3M-9QX2-HT4P}: the issuing node's id, then 60 random bits in
 * Crockford's base 32 (no I, L, O, U, so that a code read aloud or typed from paper survives). The
 * node prefix tells a reader the issuer; the random part makes codes impossible to guess.
 */
public final class CertificateCodes {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Pattern FORM = Pattern.compile("[A-Z]{2,8}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
  /** A code as it appears in a file, for reading it back out of a PDF's bytes. */
  public static final Pattern IN_TEXT = Pattern.compile("DLCODE:(" + FORM.pattern() + ")");

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateCodes() {}

  public static String next(String node) {
    StringBuilder code = new StringBuilder(node);
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(32)]);
    }
    return code.toString();
  }

  /** A typed code in its canonical form (upper case, O read as 0, I and L as 1), or the text as typed when it cannot be one. */
  public static String canonical(String typed) {
    String t = typed.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
    int dash = t.indexOf('-');
    if (dash < 0) {
      return t;
    }
    return t.substring(0, dash) + t.substring(dash).replace('O', '0').replace('I', '1').replace('L', '1');
  }

  public static boolean isWellFormed(String code) {
    return FORM.matcher(code).matches();
  }

  /** The issuing node a code names. */
  public static String issuer(String code) {
    return code.substring(0, code.indexOf('-'));
  }
}
