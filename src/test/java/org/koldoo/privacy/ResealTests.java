package org.koldoo.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.privacy.internal.KeyFiles;
import org.koldoo.privacy.internal.PrivacyKeys;
import org.koldoo.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sealing again under a new key, over a column of several batches and many pages of rows: every
 * value ends under the new key and opens to what it was; and a rotation waits while a backup holds
 * key changes off. The keys are the test's own, and the tables in a database of the test's own.
 */
class ResealTests {

  private static final int ROWS = 3 * KeyRotation.BATCH - 200;
  private static final SealedColumn PROBE =
      new SealedColumn("reseal_probe", "sealed", "'reseal-probe:' || id");

  private final DataSource database = TestDatabase.ownDataSource("reseal");
  private final JdbcClient jdbc = JdbcClient.create(database);
  private final DataSourceTransactionManager transactions =
      new DataSourceTransactionManager(database);

  @BeforeEach
  void probeTable() {
    jdbc.sql("create table reseal_probe (id int primary key, sealed bytea)").update();
  }

  @AfterEach
  void dropProbeTable() {
    jdbc.sql("drop table reseal_probe").update();
  }

  @Test
  void every_value_of_a_column_of_several_batches_is_sealed_again_under_the_new_key()
      throws Exception {
    String index = KeyFiles.randomKey();
    String keys = "old1:" + KeyFiles.randomKey() + ",new1:" + KeyFiles.randomKey();
    FieldCipher old = new FieldCipher(KeyFiles.configured(keys, "old1", index));
    List<Object[]> rows = new ArrayList<>();
    for (int id = 1; id <= ROWS; id++) {
      rows.add(new Object[] {id, old.encrypt("value " + id, "reseal-probe:" + id)});
    }
    new JdbcTemplate(database)
        .batchUpdate("insert into reseal_probe (id, sealed) values (?, ?)", rows);
    // some rows changed since they were written: the table's order is not the order of the ids
    jdbc.sql("update reseal_probe set sealed = sealed where id % 7 = 0").update();
    assertThat(
            jdbc.sql("select count(distinct (ctid::text::point)[0]) from reseal_probe")
                .query(Long.class)
                .single())
        .as("pages of the table")
        .isGreaterThan(10);

    PrivacyKeys rotated = KeyFiles.configured(keys, "new1", index);
    FieldCipher current = new FieldCipher(rotated);
    KeyRotation rotation =
        new KeyRotation(
            List.of(PROBE),
            rotated,
            KeyFiles.checkOf(rotated, jdbc, new TransactionTemplate(transactions)),
            current,
            jdbc,
            transactions);
    assertThat(rotation.sealedPerKey()).isEqualTo(Map.of("old1", (long) ROWS));

    assertThat(rotation.reseal(0)).isEqualTo(new KeyRotation.Pass(ROWS, 0));

    assertThat(rotation.sealedPerKey()).isEqualTo(Map.of("new1", (long) ROWS));
    assertThat(rotation.underOldKeys()).isZero();
    List<String> opened =
        jdbc.sql("select id, sealed from reseal_probe order by id")
            .query((rs, n) -> current.decrypt(rs.getBytes(2), "reseal-probe:" + rs.getInt(1)))
            .list();
    assertThat(opened)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, ROWS).mapToObj(id -> "value " + id).toList());
  }

  @Test
  void a_rotation_waits_while_a_backup_holds_key_changes_off(@TempDir Path dataDir)
      throws Exception {
    jdbc.sql(
            """
            create table if not exists privacy_key_check (
              key_id varchar(40) primary key, sealed bytea not null, created_at timestamptz not null)
            """)
        .update();
    PrivacyKeys local = KeyFiles.local(dataDir);
    KeyRotation rotation =
        new KeyRotation(
            List.of(PROBE),
            local,
            KeyFiles.checkOf(local, jdbc, new TransactionTemplate(transactions)),
            new FieldCipher(local),
            jdbc,
            transactions);
    String before = rotation.activeKeyId();
    ExecutorService another = Executors.newSingleThreadExecutor();
    try (Connection backup = database.getConnection()) {
      KeyChanges.holdOff(backup);
      Future<String> rotated = another.submit(() -> rotation.rotate(Instant.now()));
      assertThatThrownBy(() -> rotated.get(500, TimeUnit.MILLISECONDS))
          .as("waiting for the backup's snapshot")
          .isInstanceOf(TimeoutException.class);
      assertThat(rotation.keyIds()).containsExactly(before);

      KeyChanges.allow(backup);
      assertThat(rotated.get(30, TimeUnit.SECONDS)).isNotEqualTo(before);
      assertThat(rotation.keyIds()).hasSize(2);
    } finally {
      another.shutdownNow();
    }
  }
}
