package org.koldoo.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an entry over the previous entry's hash and a canonical form of the entry, each field
 * written with its length first so no choice of field contents can make two different entries
 * collide. Scheme 3 (every entry since the audit key was introduced) chains an HMAC-SHA256 of the
 * content under the audit key: it cannot be recomputed by someone who can only write to the
 * database. Scheme 1, plain SHA-256, is kept to verify the entries written before.
 */
final class AuditHashing {

  static final String GENESIS = "0".repeat(64);

  private AuditHashing() {}

  /** The scheme of unkeyed entries written before the audit key existed. */
  static final int SHA256 = 1;

  /**
   * The scheme of keyed entries now written: the entry's content (without its id, which the
   * database assigns under the chain's lock) is MACed under the audit key before the lock is taken,
   * and the chain hash is SHA-256(previous hash || MAC), computed in the same statement that takes
   * the lock and appends. The MAC is not stored, so without the key no entry can be changed,
   * removed or renumbered and the chain made whole again.
   */
  static final int CHAINED_MAC = 3;

  /** The MAC of an entry's content, for {@link #CHAINED_MAC}. */
  static String contentMac(AuditKey key, AuditEntry e) {
    return key.chain(content(new StringBuilder(256).append("v3"), e).toString());
  }

  /** SHA-256 over the previous hash and the content MAC, both as bytes, hex. */
  static String chained(String previousHash, String contentMac) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(HexFormat.of().parseHex(previousHash.strip()));
      sha.update(HexFormat.of().parseHex(contentMac));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", ex);
    }
  }

  /** What an entry's stored hash should be under its scheme. */
  static String expected(AuditKey key, int scheme, String previousHash, AuditEntry e) {
    return switch (scheme) {
      case SHA256 -> hash(previousHash, e);
      case CHAINED_MAC -> chained(previousHash, contentMac(key, e));
      default -> "";
    };
  }

  static String hash(String previousHash, AuditEntry e) {
    String canonical = canonical(previousHash, e);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", ex);
    }
  }

  private static String canonical(String previousHash, AuditEntry e) {
    StringBuilder canonical = new StringBuilder(256).append(previousHash);
    field(canonical, Long.toString(e.id()));
    return content(canonical, e).toString();
  }

  /** Every field of an entry but its id, each with its length first. */
  private static StringBuilder content(StringBuilder canonical, AuditEntry e) {
    field(canonical, DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()));
    field(canonical, e.actor());
    field(canonical, e.organisationId() == null ? null : e.organisationId().toString());
    field(canonical, e.action());
    field(canonical, e.objectType());
    field(canonical, e.objectId());
    field(canonical, e.purpose());
    field(canonical, e.details());
    return canonical;
  }

  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append("|-");
    } else {
      out.append('|').append(value.length()).append(':').append(value);
    }
  }
}
