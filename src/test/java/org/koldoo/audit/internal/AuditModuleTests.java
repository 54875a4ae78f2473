package org.koldoo.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.platform.security.Actor;
import org.koldoo.support.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own (its beans and the platform's, no other module's): the trail verifies
 * while untouched, and an edit or deletion of any one row made directly in the database is detected
 * and the row named. Tampering happens inside rolled-back transactions so the shared trail stays
 * intact for the other tests.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
class AuditModuleTests extends ModuleTest {

  /** Checkpoint files of the tests, removed after each. */
  @TempDir Path temp;

  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired AuditVerifyCommand command;
  @Autowired AuditKey key;
  @Autowired AuditCheckpoints checkpoints;

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

  /**
   * The chain checked while others write to it and checkpoints are written: every check finds it
   * whole (the check once read the head and the checkpoints after the entries, saw them ahead of
   * the entries it had walked, and reported a sound chain broken).
   */
  @Test
  void a_chain_checked_while_others_write_and_checkpoints_are_taken_is_whole() throws Exception {
    Path file = Files.createFile(temp.resolve("busy-checkpoints.log"));
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    var pool = Executors.newFixedThreadPool(3);
    try {
      List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
      for (int w = 0; w < 2; w++) {
        writers.add(
            pool.submit(
                () -> {
                  while (writing.get()) {
                    trail.record(tester, AuditRecord.of("BUSY_WRITE", "test", null));
                  }
                }));
      }
      writers.add(
          pool.submit(
              () -> {
                while (writing.get()) {
                  writeCheckpoint(file);
                }
              }));
      List<Long> broken = new java.util.ArrayList<>();
      for (int check = 0; check < 15; check++) {
        ChainVerification result = trail.verify(file);
        if (!result.valid()) {
          broken.add(result.firstBrokenEntry());
        }
      }
      writing.set(false);
      for (var writer : writers) {
        writer.get();
      }
      assertThat(broken).as("entries a check named broken").isEmpty();
    } finally {
      writing.set(false);
      pool.shutdown();
    }
  }

  @Test
  void reads_recorded_at_once_share_commits_and_keep_one_chain() throws Exception {
    long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Void>> readers =
          java.util.stream.IntStream.range(0, 80)
              .<Callable<Void>>mapToObj(
                  i ->
                      () -> {
                        trail.recordRead(AuditRecord.of("CONCURRENT_READ", "test", i));
                        return null;
                      })
              .toList();
      for (var future : pool.invokeAll(readers)) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    // every read was committed before recordRead returned
    assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
        .isGreaterThanOrEqualTo(before + 80);
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void the_command_prints_the_result_as_json() {
    appendSome(1);
    var out = new ByteArrayOutputStream();
    int exit = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
    String json = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(exit).isZero();
    assertThat(json)
        .matches(
            "\\{\"valid\":true,\"entries\":\\d+,\"firstBrokenEntry\":null,\"checkpoints\":\\d+}");
  }

  @Test
  void hashing_covers_every_field() {
    var entry =
        new AuditEntry(
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
    var moved = new AuditEntry(7, entry.occurredAt(), "a", null, "X", "t1", "", null, null);
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

  /**
   * Tampering as someone with full control of the database would do it: with the append-only
   * triggers switched off, inside a transaction that is rolled back afterwards.
   */
  private ChainVerification tampered(Runnable tampering) {
    return tampered(tampering, () -> trail.verify());
  }

  private <T> T tampered(Runnable tampering, java.util.function.Supplier<T> check) {
    return transactions.execute(
        status -> {
          jdbc.sql("alter table audit_entry disable trigger user").update();
          jdbc.sql("alter table audit_chain_head disable trigger user").update();
          tampering.run();
          T result = check.get();
          status.setRollbackOnly();
          return result;
        });
  }

  @Test
  void the_database_itself_refuses_to_change_or_remove_entries() {
    long id = appendSome(1).get(0);
    for (String sql :
        List.of(
            "update audit_entry set actor = 'x' where id = " + id,
            "delete from audit_entry where id = " + id,
            "truncate audit_entry",
            "delete from audit_chain_head")) {
      assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc.sql(sql).update()))
          .as(sql)
          .hasStackTraceContaining("append-only");
    }
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void cutting_the_newest_entries_and_moving_the_head_back_is_caught_by_a_checkpoint()
      throws Exception {
    List<Long> ids = appendSome(3);
    Path file = Files.createTempFile(temp, "checkpoints", ".log");
    writeCheckpoint(file);
    long keep = ids.get(0);
    ChainVerification result =
        tampered(
            () -> {
              jdbc.sql("delete from audit_entry where id > :id").param("id", keep).update();
              jdbc.sql(
                      "update audit_chain_head set last_id = :id,"
                          + " last_hash = (select hash from audit_entry where id = :id)")
                  .param("id", keep)
                  .update();
            },
            () -> trail.verify(file));
    assertThat(result.valid()).isFalse();
    assertThat(result.checkpoints()).isEqualTo(1);
    assertThat(result.firstBrokenEntry()).isEqualTo(keep + 1);
    // without the checkpoint the database alone looks whole: that is what the checkpoint is for
    assertThat(
            tampered(
                    () -> {
                      jdbc.sql("delete from audit_entry where id > :id").param("id", keep).update();
                      jdbc.sql(
                              "update audit_chain_head set last_id = :id,"
                                  + " last_hash = (select hash from audit_entry where id = :id)")
                          .param("id", keep)
                          .update();
                    },
                    () -> trail.verify(Path.of("no-such-checkpoints.log")))
                .valid())
        .isTrue();
  }

  @Test
  void emptying_the_trail_and_resetting_the_head_is_caught_by_a_checkpoint() throws Exception {
    appendSome(2);
    Path file = Files.createTempFile(temp, "checkpoints", ".log");
    writeCheckpoint(file);
    ChainVerification result =
        tampered(
            () -> {
              jdbc.sql("delete from audit_entry").update();
              jdbc.sql("update audit_chain_head set last_id = 0, last_hash = repeat('0', 64)")
                  .update();
            },
            () -> trail.verify(file));
    assertThat(result.valid()).isFalse();
    assertThat(result.firstBrokenEntry()).isEqualTo(1);
  }

  @Test
  void deleting_a_row_and_rehashing_the_rest_without_the_key_is_detected() {
    List<Long> ids = appendSome(3);
    long victim = ids.get(1);
    ChainVerification result =
        tampered(
            () -> {
              // the forger renumbers and rehashes everything after the deleted row with SHA-256,
              // the only hash it can compute without the audit key
              jdbc.sql("delete from audit_entry where id = :id").param("id", victim).update();
              jdbc.sql("update audit_entry set id = -id where id > :id")
                  .param("id", victim)
                  .update();
              jdbc.sql("update audit_entry set id = -id - 1 where id < 0").update();
              String previous =
                  jdbc.sql("select hash from audit_entry where id = :id")
                      .param("id", victim - 1)
                      .query(String.class)
                      .single();
              long last = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
              for (long id = victim; id <= last; id++) {
                var row =
                    jdbc.sql(
                            "select id, occurred_at, actor, organisation_id, action, object_type,"
                                + " object_id, purpose, details from audit_entry where id = :id")
                        .param("id", id)
                        .query(
                            (rs, n) ->
                                new AuditEntry(
                                    rs.getLong(1),
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getString(3),
                                    rs.getObject(4, UUID.class),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9)))
                        .single();
                String hash = AuditHashing.hash(previous, row);
                jdbc.sql(
                        "update audit_entry set previous_hash = :p, hash = :h, scheme = 1"
                            + " where id = :id")
                    .param("p", previous)
                    .param("h", hash)
                    .param("id", id)
                    .update();
                previous = hash;
              }
              jdbc.sql("update audit_chain_head set last_id = :id, last_hash = :h")
                  .param("id", last)
                  .param("h", previous)
                  .update();
            });
    assertThat(result.valid()).isFalse();
    assertThat(result.firstBrokenEntry()).isEqualTo(victim);
  }

  @Test
  void a_missing_head_is_reported_and_writing_goes_on() {
    appendSome(1);
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("alter table audit_chain_head disable trigger user").update();
          jdbc.sql("delete from audit_chain_head").update();
          ChainVerification missing = trail.verify(Path.of("no-such-checkpoints.log"));
          assertThat(missing.valid()).isFalse();
          assertThat(missing.firstBrokenEntry()).isNotNull();
          // the next write rebuilds the head, says so in the trail, and the chain holds
          trail.record(tester, AuditRecord.of("AFTER_HEAD_LOSS", "test", null));
          assertThat(trail.verify(Path.of("no-such-checkpoints.log")).valid()).isTrue();
          assertThat(
                  jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_HEAD_RESTORED'")
                      .query(Long.class)
                      .single())
              .isPositive();
          status.setRollbackOnly();
        });
  }

  @Test
  void the_command_checks_a_checkpoint_file() throws Exception {
    appendSome(1);
    Path file = Files.createTempFile(temp, "checkpoints", ".log");
    writeCheckpoint(file);
    var out = new ByteArrayOutputStream();
    int exit =
        command.run(
            List.of("--checkpoint", file.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"checkpoints\":1");
    // a forged line (wrong MAC) is not counted as a checkpoint
    Files.writeString(
        file,
        Files.readString(file)
            .replaceAll("\"mac\":\"[0-9a-f]{64}\"", "\"mac\":\"" + "0".repeat(64) + "\""));
    out.reset();
    command.run(
        List.of("--checkpoint", file.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"checkpoints\":0");
  }

  @Test
  void the_checkpoint_the_application_writes_is_read_back_as_authentic() throws Exception {
    appendSome(1);
    checkpoints.write();
    long head = jdbc.sql("select last_id from audit_chain_head").query(Long.class).single();
    var written = checkpoints.read(checkpoints.file());
    assertThat(written).isNotEmpty();
    assertThat(written.get(written.size() - 1).entry()).isEqualTo(head);
    assertThat(written.get(written.size() - 1).authentic()).isTrue();
    List<String> lines = Files.readAllLines(checkpoints.file());
    assertThat(lines.get(lines.size() - 1))
        .as("the line keeps its documented form")
        .matches(
            "\\{\"entry\":\\d+,\"hash\":\"[0-9a-f]{64}\",\"at\":\"[^\"]+\",\"mac\":\"[0-9a-f]{64}\"}");
  }

  @Test
  void a_checkpoint_is_read_as_json_and_a_line_that_is_none_is_passed_over() throws Exception {
    appendSome(1);
    Path file = Files.createTempFile(temp, "checkpoints", ".log");
    Object[] head = head();
    String at = now();
    String mac = key.checkpoint(head[0] + "|" + head[1] + "|" + at);
    // the same checkpoint with its fields in another order and spaced out, after lines that are
    // no checkpoint at all: a cut line, an empty object, a time that is none
    Files.writeString(
        file,
        """
        {"entry":1,"hash":"
        {}
        {"entry":%s,"hash":"%s","at":"yesterday","mac":"%s"}
        { "mac" : "%s", "at" : "%s", "hash" : "%s", "entry" : %s }
        """
            .formatted(head[0], head[1], mac, mac, at, head[1], head[0]));
    var out = new ByteArrayOutputStream();
    command.run(
        List.of("--checkpoint", file.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\"valid\":true", "\"checkpoints\":1");
  }

  /** The chain's head: the last entry's id and hash. */
  private Object[] head() {
    return jdbc.sql("select last_id, last_hash from audit_chain_head")
        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2).strip()})
        .single();
  }

  /** Now, to the second, as a checkpoint writes its time. */
  private static String now() {
    return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  /** A checkpoint of the current head, signed with this installation's key, into {@code file}. */
  private void writeCheckpoint(Path file) {
    Object[] head = head();
    String at = now();
    String line =
        "{\"entry\":"
            + head[0]
            + ",\"hash\":\""
            + head[1]
            + "\",\"at\":\""
            + at
            + "\",\"mac\":\""
            + key.checkpoint(head[0] + "|" + head[1] + "|" + at)
            + "\"}\n";
    try {
      Files.writeString(file, line, java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
