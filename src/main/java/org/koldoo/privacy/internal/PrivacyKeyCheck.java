package org.koldoo.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import org.koldoo.platform.KeyMismatch;
import org.koldoo.privacy.FieldCipher;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refuses to start when the keys do not fit the database: every key id that sealed data here must
 * be configured and must open its check value, and the blind-index key must be the one that wrote
 * the indexes. A key seen for the first time leaves its own check value. Without this, a start with
 * a fresh data directory against an existing database would generate new keys and answer every
 * identity read with an error.
 */
@Component
public class PrivacyKeyCheck implements SmartInitializingSingleton {

  static final String INDEX = "~blind-index";
  private static final String CONTEXT = "privacy-key-check";
  private static final String PLAINTEXT = "koldoo privacy key check";

  private final PrivacyKeys keys;
  private final FieldCipher cipher;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  PrivacyKeyCheck(
      PrivacyKeys keys, FieldCipher cipher, JdbcClient jdbc, TransactionTemplate transactions) {
    this.keys = keys;
    this.cipher = cipher;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transactions.executeWithoutResult(status -> check());
  }

  /** After the keys changed while running: the check again, and the new active key's value. */
  public void recheck() {
    transactions.executeWithoutResult(status -> check());
  }

  void check() {
    List<Object[]> stored =
        jdbc.sql("select key_id, sealed from privacy_key_check order by key_id")
            .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)})
            .list();
    boolean indexSeen = false;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Object[] row : stored) {
      String id = (String) row[0];
      byte[] sealed = (byte[]) row[1];
      seen.add(id);
      if (INDEX.equals(id)) {
        indexSeen = true;
        if (!java.util.Arrays.equals(sealed, indexCheck())) {
          throw new KeyMismatch(
              "The blind-index key is not the one this database's search indexes were written"
                  + " with.");
        }
        continue;
      }
      if (!keys.has(id)) {
        throw new KeyMismatch(
            "This database holds data sealed with privacy key '"
                + id
                + "', which is not"
                + " configured.");
      }
      try {
        if (!PLAINTEXT.equals(cipher.decrypt(sealed, CONTEXT))) {
          throw new IllegalStateException("check value differs");
        }
      } catch (IllegalStateException e) {
        throw new KeyMismatch(
            "Privacy key '" + id + "' is not the key this database's data was sealed with.");
      }
    }
    Instant now = Instant.now();
    if (!indexSeen) {
      insert(INDEX, indexCheck(), now);
    }
    if (!seen.contains(keys.activeKeyId())) {
      insert(keys.activeKeyId(), cipher.encrypt(PLAINTEXT, CONTEXT), now);
    }
  }

  private void insert(String id, byte[] sealed, Instant now) {
    jdbc.sql(
            """
                insert into privacy_key_check (key_id, sealed, created_at) values (:id, :s, :at)
                on conflict do nothing
                """)
        .param("id", id)
        .param("s", sealed)
        .param("at", Timestamp.from(now))
        .update();
  }

  private byte[] indexCheck() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(keys.indexKey());
      return Base64.getEncoder()
          .encode(mac.doFinal(PLAINTEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
    }
  }
}
