package org.koldoo.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.backup.BackupArchive;
import org.koldoo.platform.backup.BackupFile;
import org.koldoo.platform.backup.BackupKey;
import org.koldoo.platform.backup.BackupManifest;
import org.koldoo.platform.backup.BackupUnreadable;
import org.koldoo.platform.backup.RestorePreparation;
import org.koldoo.platform.security.Actor;
import org.koldoo.support.ModuleTest;
import org.koldoo.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The backup module on its own (the audit trail stubbed): {@code backup} writes every table of the
 * database and the privacy keys into one archive that opens with its passphrase and nothing else,
 * and never overwrites an archive. Restoring it is a flow of the whole application, tested whole.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
@org.springframework.test.context.TestPropertySource(
    properties = "koldoo.backup.passphrase-rounds=1000")
@org.springframework.context.annotation.Import(BackupModuleTests.KeyChangeProbe.class)
class BackupModuleTests extends ModuleTest {

  @MockitoBean AuditTrail audit;
  @Autowired BackupCommand backup;
  @Autowired JdbcClient jdbc;

  private int backUp(Path archive, Path passphrase) {
    return backup.run(
        List.of("--to", archive.toString(), "--passphrase-file", passphrase.toString()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static BackupManifest manifest(Path archive, String passphrase) throws Exception {
    try (InputStream file = Files.newInputStream(archive);
        var in =
            new ZipInputStream(
                BackupArchive.open(file, BackupKey.passphrase(passphrase.toCharArray())))) {
      return RestorePreparation.manifest(in);
    }
  }

  @Test
  void a_backup_holds_every_table_and_the_privacy_keys_and_opens_only_with_its_passphrase(
      @TempDir Path dir) throws Exception {
    Path passphrase = Files.writeString(dir.resolve("passphrase"), "module test passphrase\n");
    Path archive = dir.resolve("koldoo.backup");

    assertThat(backUp(archive, passphrase)).isZero();
    assertThat(java.nio.ByteBuffer.wrap(Files.readAllBytes(archive), 8 + 1 + 1 + 16, 4).getInt())
        .as("written with the rounds configured (koldoo.backup.passphrase-rounds)")
        .isEqualTo(1_000);

    BackupManifest manifest = manifest(archive, "module test passphrase");
    List<String> tables =
        jdbc.sql(
                """
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'
                """)
            .query(String.class)
            .list();
    assertThat(manifest.tables()).containsExactlyInAnyOrderElementsOf(tables);
    assertThat(manifest.files()).contains("keys/privacy.properties");
    assertThat(manifest.schemaVersion())
        .isEqualTo(
            jdbc.sql(
                    "select version from flyway_schema_history where success"
                        + " order by installed_rank desc limit 1")
                .query(String.class)
                .single());
    assertThatThrownBy(() -> manifest(archive, "another passphrase"))
        .isInstanceOf(BackupUnreadable.class);
    assertThat(backUp(archive, passphrase)).as("an archive is never overwritten").isEqualTo(2);
    verify(audit).record(any(Actor.class), argThat(r -> r.action().equals("BACKUP_WRITTEN")));
  }

  @Test
  void the_keys_are_copied_while_key_changes_are_held_off_and_changes_go_on_after(@TempDir Path dir)
      throws Exception {
    Path passphrase = Files.writeString(dir.resolve("passphrase"), "module test passphrase\n");
    keyChangeRefused.clear();

    assertThat(backUp(dir.resolve("koldoo.backup"), passphrase)).isZero();

    assertThat(keyChangeRefused)
        .as("a key change tried while the files were read")
        .containsOnly(true);
    assertThat(keyChangeWouldGoOn()).as("once the backup's snapshot has begun").isTrue();
  }

  private static final List<Boolean> keyChangeRefused =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  /**
   * Whether a key change would have its turn now, tried from a session of its own (a session that
   * holds the lock is granted it again, and the pool may hand out the backup's).
   */
  private static boolean keyChangeWouldGoOn() {
    javax.sql.DataSource side = TestDatabase.sessionsOfItsOwn();
    var transactions =
        new org.springframework.transaction.support.TransactionTemplate(
            new org.springframework.jdbc.datasource.DataSourceTransactionManager(side));
    return Boolean.TRUE.equals(
        transactions.execute(
            status ->
                JdbcClient.create(side)
                    .sql("select pg_try_advisory_xact_lock(hashtext('koldoo.privacy.keys'))")
                    .query(Boolean.class)
                    .single()));
  }

  /** A file of the tests' in the backup: reading it tries a key change on the side. */
  @org.springframework.boot.test.context.TestConfiguration
  static class KeyChangeProbe {
    @org.springframework.context.annotation.Bean
    BackupFile keyChangeProbe() {
      return new BackupFile() {
        @Override
        public String path() {
          return "tests/key-change-probe";
        }

        @Override
        public byte[] content() {
          keyChangeRefused.add(!keyChangeWouldGoOn());
          return new byte[0];
        }
      };
    }
  }
}
