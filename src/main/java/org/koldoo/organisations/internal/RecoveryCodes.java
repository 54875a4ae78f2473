package org.koldoo.organisations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's recovery codes: ten at a time, each about 50 random bits, shown once and kept only as
 * SHA-256; each opens one sign-in, typed in any case, with or without its dash.
 */
@Component
class RecoveryCodes {

  static final int COUNT = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  RecoveryCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** New codes instead of the old ones (which stop at once), in the caller's transaction. */
  List<String> issue(UUID user) {
    forget(user);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < 10; c++) {
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        if (c == 4) {
          code.append('-');
        }
      }
      codes.add(code.toString());
      jdbc.sql("insert into user_recovery_code (user_account, code_hash) values (:u, :h)")
          .param("u", user)
          .param("h", hash(code.toString()))
          .update();
    }
    return codes;
  }

  /** Uses a code, if it is one of the person's not used yet; whether it was. */
  boolean use(UUID user, String code, Instant now) {
    return jdbc.sql(
                """
                update user_recovery_code set used_at = :now
                where user_account = :u and code_hash = :h and used_at is null
                """)
            .param("now", java.sql.Timestamp.from(now))
            .param("u", user)
            .param("h", hash(code))
            .update()
        == 1;
  }

  /** Codes not used yet. */
  int left(UUID user) {
    return jdbc.sql(
            "select count(*) from user_recovery_code where user_account = :u and used_at is null")
        .param("u", user)
        .query(Integer.class)
        .single();
  }

  void forget(UUID user) {
    jdbc.sql("delete from user_recovery_code where user_account = :u").param("u", user).update();
  }

  /** A code as typed (any case, with or without the dash, spaces) to its stored hash. */
  static String hash(String code) {
    String normal = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
