package org.koldoo.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.koldoo.privacy.internal.PrivacyKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotating the privacy keys: a new key made active (new values are sealed with it at once), every
 * value of every {@link SealedColumn} sealed again under it in batches — each batch one transaction
 * over rows no other instance holds, so the work can stop at any point and go on where it stopped —
 * and an old key retired once no value uses it.
 */
@Component
public class KeyRotation {

  /** Rows sealed again in one transaction. */
  static final int BATCH = 500;

  private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

  /**
   * What a pass of re-sealing did: values sealed again, values that did not open (left as they
   * are).
   */
  public record Pass(long resealed, long unreadable) {}

  private final List<SealedColumn> columns;
  private final PrivacyKeys keys;
  private final FieldCipher cipher;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final org.koldoo.privacy.internal.PrivacyKeyCheck check;

  KeyRotation(
      List<SealedColumn> columns,
      PrivacyKeys keys,
      org.koldoo.privacy.internal.PrivacyKeyCheck check,
      FieldCipher cipher,
      JdbcClient jdbc,
      PlatformTransactionManager transactions) {
    this.columns = List.copyOf(columns);
    this.keys = keys;
    this.check = check;
    this.cipher = cipher;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  public String activeKeyId() {
    return keys.activeKeyId();
  }

  public java.util.Set<String> keyIds() {
    return keys.keyIds();
  }

  /**
   * Whether keys come from the local key file, which {@link #rotate} and {@link #retire} change.
   */
  public boolean local() {
    return keys.isLocal();
  }

  /**
   * How many values each key seals now, over every sealed column (a value not in {@link
   * FieldCipher}'s layout — version 1, key id, 12-byte nonce, 16-byte tag — is not counted).
   */
  public Map<String, Long> sealedPerKey() {
    Map<String, Long> counts = new TreeMap<>();
    for (SealedColumn c : columns) {
      jdbc.sql(
              """
              select convert_from(substring(%3$s from 3 for get_byte(%3$s, 1)), 'SQL_ASCII'), count(*)
              from %1$s
              where case when length(%2$s) > 30
                         then get_byte(%3$s, 0) = 1 and length(%2$s) >= 30 + get_byte(%3$s, 1)
                         else false end
              group by 1
              """
                  .formatted(c.table(), c.column(), head(c)))
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs -> counts.merge(rs.getString(1), rs.getLong(2), Long::sum));
    }
    return counts;
  }

  /**
   * The first bytes of a column's value, where its layout and key id (at most 40 characters) are:
   * read as a slice, so that telling the key of a large value (an attachment) does not read it all.
   */
  private static String head(SealedColumn c) {
    return "substring(%s from 1 for 64)".formatted(c.column());
  }

  /** Values sealed under any key but the active one. */
  public long underOldKeys() {
    String active = keys.activeKeyId();
    return sealedPerKey().entrySet().stream()
        .filter(e -> !e.getKey().equals(active))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** A new key, made active now; its id. */
  public String rotate(Instant now) throws IOException {
    return inTurn(
        () -> {
          String id = keys.rotate(now);
          check.recheck(); // the new key's check value, so that a start without it is refused
          return id;
        });
  }

  /** A change of the keys, in its turn among other changes and backups beginning. */
  private <T> T inTurn(KeyChange<T> change) throws IOException {
    try {
      return transaction.execute(
          status -> {
            KeyChanges.awaitTurn(jdbc);
            try {
              return change.apply();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private interface KeyChange<T> {
    T apply() throws IOException;
  }

  /** Takes a changed key file (another process rotated or retired); whether it changed. */
  public boolean reload() throws IOException {
    boolean changed = keys.reloadIfChanged();
    if (changed) {
      check.recheck();
    }
    return changed;
  }

  /**
   * Seals again, under the active key, what older keys sealed: at most {@code maxBatches} batches
   * per column (0 for all). A value that does not open under its context is left and counted.
   */
  public Pass reseal(int maxBatches) {
    String active = keys.activeKeyId();
    byte[] activeId = active.getBytes(StandardCharsets.US_ASCII);
    long resealed = 0;
    long unreadable = 0;
    for (SealedColumn c : columns) {
      String after = "(0,0)";
      for (int batch = 0; maxBatches == 0 || batch < maxBatches; batch++) {
        String from = after;
        long[] done = new long[2];
        String last = transaction.execute(status -> resealBatch(c, activeId, from, done));
        resealed += done[0];
        unreadable += done[1];
        if (last == null) {
          break;
        }
        after = last;
      }
    }
    if (resealed > 0 || unreadable > 0) {
      log.info(
          "Privacy values sealed again under key {}: {} ({} did not open and were left)",
          active,
          resealed,
          unreadable);
    }
    return new Pass(resealed, unreadable);
  }

  /**
   * One batch of one column after row {@code after}; the last row it took, or null when none. Rows
   * are taken in the order of their physical address (a {@code tid}), the order the next batch's
   * {@code ctid > after} continues from: ordering by the address's text instead, "(10,1)" before
   * "(2,1)", left hundreds of values under the old key in a table of more than one batch.
   */
  private String resealBatch(SealedColumn c, byte[] activeId, String after, long[] done) {
    record Row(String tid, byte[] value, String context) {}
    List<Row> rows =
        jdbc.sql(
                """
                select ctid, %2$s, %3$s from %1$s
                where ctid > :after::tid
                  and case when length(%2$s) > 30
                        then get_byte(%4$s, 0) = 1 and length(%2$s) >= 30 + get_byte(%4$s, 1)
                          and substring(%4$s from 3 for get_byte(%4$s, 1)) <> :active
                        else false end
                order by ctid limit :n for update skip locked
                """
                    .formatted(c.table(), c.column(), c.context(), head(c)))
            .param("after", after)
            .param("active", activeId)
            .param("n", BATCH)
            .query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2), rs.getString(3)))
            .list();
    if (rows.isEmpty()) {
      return null;
    }
    List<Object[]> updates = new ArrayList<>();
    for (Row row : rows) {
      try {
        updates.add(new Object[] {cipher.reseal(row.value(), row.context()), row.tid()});
        done[0]++;
      } catch (RuntimeException e) {
        done[1]++;
        log.warn("A value of {}.{} does not open; left as it is", c.table(), c.column());
      }
    }
    for (Object[] update : updates) {
      jdbc.sql("update %1$s set %2$s = :v where ctid = :tid::tid".formatted(c.table(), c.column()))
          .param("v", update[0])
          .param("tid", update[1])
          .update();
    }
    return rows.get(rows.size() - 1).tid();
  }

  /**
   * Retires a key that seals nothing any more: gone from the local key file (with keys from the
   * environment, the caller removes it there) and from the database's key checks. The count of
   * values it still seals, 0 when it was retired.
   */
  public long retire(String id) throws IOException {
    if (id.equals(keys.activeKeyId())) {
      throw new IllegalArgumentException("the active key cannot be retired");
    }
    if (!keys.has(id)) {
      throw new IllegalArgumentException("no key " + id + " is configured");
    }
    return inTurn(
        () -> {
          long left = sealedPerKey().getOrDefault(id, 0L);
          if (left > 0) {
            return left;
          }
          jdbc.sql("delete from privacy_key_check where key_id = :id").param("id", id).update();
          if (keys.isLocal()) {
            keys.retire(id);
          }
          return 0L;
        });
  }
}
