package org.koldoo.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.platform.security.Actor;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail verifies while untouched, and an edit or deletion of any one row made directly in the
 * database is detected and the row named. Tampering happens inside rolled-back transactions so the
 * shared trail stays intact for the other tests.
 */
class AuditTrailIntegrationTests extends IntegrationTest {

  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired AuditVerifyCommand command;

  private final Actor tester = new Actor("audit-tester", UUID.randomUUID());

  @Test
  void an_untouched_trail_verifies() {
    appendSome(3);
    ChainVerification result = trail.verify();
    assertThat(result.valid()).isTrue();
    assertThat(result.firstBrokenEntry()).isNull();
    assertThat(result.entries()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void an_edited_row_is_detected_and_named() {
    long id = appendSome(3).get(1);
    ChainVerification result =
        tampered(
            () ->
                jdbc.sql("update audit_entry set actor = 'someone-else' where id = :id")
                    .param("id", id)
                    .update());
    assertThat(result.valid()).isFalse();
    assertThat(result.firstBrokenEntry()).isEqualTo(id);
  }

  @Test
  void an_edited_hash_is_detected_at_the_row_itself() {
    long id = appendSome(3).get(1);
    ChainVerification result =
        tampered(
            () ->
                jdbc.sql("update audit_entry set hash = repeat('a', 64) where id = :id")
                    .param("id", id)
                    .update());
    assertThat(result.valid()).isFalse();
    assertThat(result.firstBrokenEntry()).isEqualTo(id);
  }

  @Test
  void a_deleted_row_is_detected_and_named() {
    long id = appendSome(3).get(1);
    ChainVerification result =
        tampered(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update());
    assertThat(result.valid()).isFalse();
    assertThat(result.firstBrokenEntry()).isEqualTo(id);
  }

  @Test
  void deleting_the_newest_row_is_detected() {
    long last = appendSome(2).get(1);
    ChainVerification result =
        tampered(
            () -> jdbc.sql("delete from audit_entry where id = :id").param("id", last).update());
    assertThat(result.valid()).isFalse();
    assertThat(result.firstBrokenEntry()).isEqualTo(last);
  }

  @Test
  void concurrent_writers_keep_one_unbroken_chain() throws Exception {
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Void>> writers =
          java.util.stream.IntStream.range(0, 40)
              .<Callable<Void>>mapToObj(
                  i ->
                      () -> {
                        trail.record(tester, AuditRecord.of("CONCURRENT_WRITE", "test", i));
                        return null;
                      })
              .toList();
      for (var future : pool.invokeAll(writers)) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void the_command_prints_the_result_as_json() {
    appendSome(1);
    var out = new ByteArrayOutputStream();
    int exit = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
    String json = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(exit).isZero();
    assertThat(json).matches("\\{\"valid\":true,\"entries\":\\d+,\"firstBrokenEntry\":null}");
  }

  @Test
  void hashing_covers_every_field() {
    var entry =
        new AuditHashing.StoredEntry(
            7,
            java.time.Instant.parse("2026-01-01T00:00:00Z"),
            "a",
            null,
            "X",
            "t",
            "1",
            null,
            null);
    String hash = AuditHashing.hash(AuditHashing.GENESIS, entry);
    assertThat(hash).hasSize(64);
    assertThat(AuditHashing.hash(AuditHashing.GENESIS, entry)).isEqualTo(hash);
    var moved =
        new AuditHashing.StoredEntry(7, entry.occurredAt(), "a", null, "X", "t1", "", null, null);
    assertThat(AuditHashing.hash(AuditHashing.GENESIS, moved)).isNotEqualTo(hash);
  }

  private List<Long> appendSome(int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(
            i -> {
              trail.record(tester, AuditRecord.of("TEST_ENTRY", "test", i).withDetails("n=" + i));
              return jdbc.sql("select last_id from audit_chain_head").query(Long.class).single();
            })
        .toList();
  }

  private ChainVerification tampered(Runnable tampering) {
    return transactions.execute(
        status -> {
          tampering.run();
          ChainVerification result = trail.verify();
          status.setRollbackOnly();
          return result;
        });
  }
}
