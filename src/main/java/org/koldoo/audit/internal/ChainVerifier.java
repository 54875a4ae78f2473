package org.koldoo.audit.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koldoo.audit.ChainVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the audit trail three ways: every entry chains to the one before under the key, the head
 * points at the last entry, and the signed checkpoints kept outside the database agree with the
 * entries they name. The first entry that fails any of them is the one reported.
 */
@Component
class ChainVerifier {

  private final JdbcClient jdbc;
  private final AuditKey key;
  private final AuditCheckpoints checkpoints;

  ChainVerifier(JdbcClient jdbc, AuditKey key, AuditCheckpoints checkpoints) {
    this.jdbc = jdbc;
    this.key = key;
    this.checkpoints = checkpoints;
  }

  /** The same check on another copy of the trail, such as a restored backup. */
  ChainVerifier on(JdbcClient other) {
    return new ChainVerifier(other, key, checkpoints);
  }

  /** Where a walk along the chain stopped: the last entry seen, its hash, the first broken one. */
  private static final class Walk {
    long expectedId = 1;
    String previous = AuditHashing.GENESIS;
    Long broken;
    boolean keyed;

    long lastSeen() {
      return expectedId - 1;
    }

    void breakAt(long id) {
      if (broken == null || id < broken) {
        broken = id;
      }
    }
  }

  /**
   * Must run in one read-only transaction of repeatable read (the callers' {@code @Transactional}):
   * the walk, the head and the count then see the same appends, which other writers go on making
   * meanwhile. The checkpoints are read before that snapshot begins, so every entry one names was
   * committed before it (read after, a checkpoint taken meanwhile named an entry the snapshot did
   * not hold, and a sound chain was reported broken).
   */
  ChainVerification verify(Path checkpointFile) {
    List<AuditCheckpoints.Checkpoint> authentic =
        checkpoints.read(checkpointFile).stream()
            .filter(AuditCheckpoints.Checkpoint::authentic) // others prove nothing either way
            .toList();
    Walk walk = walkChain();
    if (walk.broken == null) {
      checkHead(walk);
    }
    long compared = compareCheckpoints(walk, authentic);
    long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    return new ChainVerification(walk.broken == null, total, walk.broken, compared);
  }

  /** Every entry in order: no gap, the scheme allowed, chained to the one before, hash right. */
  private Walk walkChain() {
    Walk walk = new Walk();
    jdbc.sql(
            """
            select id, occurred_at, actor, organisation_id, action, object_type, object_id,
                   purpose, details, previous_hash, hash, scheme
            from audit_entry order by id
            """)
        .withFetchSize(1000)
        .query(
            rs -> {
              if (walk.broken != null) {
                return;
              }
              long id = rs.getLong("id");
              if (id != walk.expectedId) {
                walk.broken =
                    walk.expectedId; // a missing entry: named by the id it should have had
                return;
              }
              AuditEntry entry = JdbcAuditTrail.stored(rs);
              String stored = rs.getString("hash");
              int scheme = rs.getInt("scheme");
              // once entries are keyed, an unkeyed one can only be a forgery
              boolean schemeOk =
                  scheme == AuditHashing.CHAINED_MAC
                      || scheme == AuditHashing.SHA256 && !walk.keyed;
              String expected = AuditHashing.expected(key, scheme, walk.previous, entry);
              if (!schemeOk
                  || !walk.previous.equals(rs.getString("previous_hash"))
                  || !expected.equals(stored)) {
                walk.broken = id;
                return;
              }
              walk.keyed = walk.keyed || scheme != AuditHashing.SHA256;
              walk.previous = stored;
              walk.expectedId++;
            });
    return walk;
  }

  /**
   * Entries removed from the end leave the head pointing past the last row; a missing head row is
   * reported, not a failure.
   */
  private void checkHead(Walk walk) {
    long lastSeen = walk.lastSeen();
    var head =
        jdbc.sql("select last_id, last_hash from audit_chain_head where singleton")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    if (head.isEmpty()) {
      walk.broken = lastSeen + 1;
    } else if ((Long) head.get()[0] != lastSeen || !walk.previous.equals(head.get()[1])) {
      walk.broken = Math.min(lastSeen + 1, Math.max((Long) head.get()[0], 1));
    }
  }

  /** The authentic checkpoints against the entries they name; returns how many were compared. */
  private long compareCheckpoints(Walk walk, List<AuditCheckpoints.Checkpoint> authentic) {
    long compared = 0;
    for (int from = 0; from < authentic.size(); from += 1000) {
      List<AuditCheckpoints.Checkpoint> chunk =
          authentic.subList(from, Math.min(authentic.size(), from + 1000));
      Map<Long, String> stored = new HashMap<>();
      jdbc.sql("select id, hash from audit_entry where id in (:ids)")
          .param("ids", chunk.stream().map(AuditCheckpoints.Checkpoint::entry).toList())
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs -> stored.put(rs.getLong(1), rs.getString(2).strip()));
      for (var checkpoint : chunk) {
        compared++;
        String hash = stored.get(checkpoint.entry());
        if (hash == null) {
          walk.breakAt(Math.min(checkpoint.entry(), walk.lastSeen() + 1));
        } else if (!hash.equals(checkpoint.hash())) {
          walk.breakAt(checkpoint.entry());
        }
      }
    }
    return compared;
  }
}
