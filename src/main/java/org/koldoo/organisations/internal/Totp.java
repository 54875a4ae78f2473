package org.koldoo.organisations.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits,
 * a new code every 30 seconds. A code is accepted one step early or late (clocks of phones drift),
 * and never for a step at or before the last one used, so a code seen over a shoulder cannot be
 * replayed.
 */
final class Totp {

  static final int DIGITS = 6;
  static final int STEP_SECONDS = 30;
  private static final int SECRET_BYTES = 20;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new secret, 160 random bits. */
  static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /** The step a moment falls in. */
  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of one step, with leading zeros. */
  static String code(byte[] secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0F;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7FFF_FFFF;
      return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is required by every Java runtime", e);
    }
  }

  /**
   * The step {@code code} belongs to, if it is the code of the current step or of one next to it
   * and that step is later than {@code lastUsedStep}.
   */
  static OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedStep) {
    if (code == null) {
      return OptionalLong.empty();
    }
    String digits = code.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - 1; step <= current + 1; step++) {
      boolean same =
          MessageDigest.isEqual(
              code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              digits.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      if (same && step > lastUsedStep) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** RFC 4648 Base32 without padding, as authenticator apps take a secret. */
  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /** The bytes of an RFC 4648 Base32 text, as an authenticator app reads a secret shown to it. */
  static byte[] fromBase32(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.replace(" ", "").toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xFF);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  /** The address an authenticator app reads (as a QR code, or a link on the phone itself). */
  static String uri(String issuer, String account, byte[] secret) {
    String label =
        java.net.URLEncoder.encode(issuer + ":" + account, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
    return "otpauth://totp/%s?secret=%s&issuer=%s&algorithm=SHA1&digits=%d&period=%d"
        .formatted(
            label,
            base32(secret),
            java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8),
            DIGITS,
            STEP_SECONDS);
  }
}
