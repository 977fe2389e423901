package cn.deltalink.exchange.internal.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * SM2 (国密 SM2, GB/T 32918) key pairs and signatures on the curve sm2p256v1 with SM3 as the hash
 * (JCA name {@code SM3withSM2}, default signer id {@code 1234567812345678}), through BouncyCastle.
 * Signatures are DER-encoded; keys travel as PKCS#8 (private) and X.509 SubjectPublicKeyInfo
 * (public), in PEM files or base64.
 */
public final class Sm2 {

  private static final Provider BC = new BouncyCastleProvider();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<Same, ThreadLocal<SM2Signer>> SIGNERS = new ConcurrentHashMap<>();
  private static final Map<Same, ThreadLocal<SM2Signer>> VERIFIERS = new ConcurrentHashMap<>();

  /**
   * A key compared by identity: BouncyCastle's private keys compute their public point in
   * hashCode(), which would cost a scalar multiplication on every look-up.
   */
  private record Same(Object key) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Same same && same.key == key;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(key);
    }
  }

  private Sm2() {}

  public static KeyPair generateKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
      generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SM2 is not available", e);
    }
  }

  /**
   * Signs with a signer kept per thread and key: BouncyCastle's SM2 signer computes the public
   * point and the signer's Z value when it is initialised, which costs as much as half a signature;
   * after each signature it resets itself to the state just after initialisation.
   */
  public static byte[] sign(PrivateKey key, byte[] data) {
    SM2Signer signer = SIGNERS.computeIfAbsent(new Same(key), k -> ThreadLocal.withInitial(() -> signer(key))).get();
    signer.update(data, 0, data.length);
    try {
      return signer.generateSignature();
    } catch (CryptoException e) {
      throw new IllegalStateException("Could not sign with SM2", e);
    }
  }

  /** Whether {@code signature} is a valid SM2 signature of {@code data}; false for garbage too. */
  public static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
    SM2Signer verifier = VERIFIERS.computeIfAbsent(new Same(key), k -> ThreadLocal.withInitial(() -> verifier(key))).get();
    verifier.update(data, 0, data.length);
    try {
      return verifier.verifySignature(signature);
    } catch (RuntimeException e) {
      verifier.reset();
      return false;
    }
  }

  private static SM2Signer signer(PrivateKey key) {
    try {
      SM2Signer signer = new SM2Signer();
      signer.init(true, new ParametersWithRandom(ECUtil.generatePrivateKeyParameter(key), RANDOM));
      return signer;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not an SM2 private key", e);
    }
  }

  private static SM2Signer verifier(PublicKey key) {
    try {
      SM2Signer verifier = new SM2Signer();
      verifier.init(false, ECUtil.generatePublicKeyParameter(key));
      return verifier;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not an SM2 public key", e);
    }
  }

  public static String signBase64(PrivateKey key, byte[] data) {
    return Base64.getEncoder().encodeToString(sign(key, data));
  }

  /** Verifies a base64 signature; a signature that is not base64 does not verify. */
  public static boolean verifiesBase64(PublicKey key, byte[] data, String signatureBase64) {
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(signatureBase64);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return verifies(key, data, signature);
  }

  public static String publicKeyBase64(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  public static PublicKey publicKeyFromBase64(String base64) {
    try {
      return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not an SM2 public key (base64 SubjectPublicKeyInfo expected)", e);
    }
  }

  public static String privateKeyPem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  public static String publicKeyPem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  public static PrivateKey privateKeyFromPem(String pem) {
    try {
      return KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(unpem("PRIVATE KEY", pem)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not an SM2 private key in PKCS#8 PEM form", e);
    }
  }

  public static PublicKey publicKeyFromPem(String pem) {
    return publicKeyFromBase64(Base64.getEncoder().encodeToString(unpem("PUBLIC KEY", pem)));
  }

  private static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  private static byte[] unpem(String label, String pem) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("Not a PEM block of type " + label);
    }
    try {
      return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The PEM block " + label + " is not base64", e);
    }
  }
}
