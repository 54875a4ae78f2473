package org.koldoo.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.platform.backup.BackupArchive;
import org.koldoo.platform.backup.BackupKey;
import org.koldoo.platform.backup.BackupManifest;
import org.koldoo.platform.backup.RestorePreparation;
import org.koldoo.platform.cli.CommandRefused;
import org.koldoo.platform.database.SchemaVersions;
import org.koldoo.platform.security.Role;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.internal.KeyFiles;
import org.koldoo.support.ApiClient;
import org.koldoo.support.ApplicationProcess;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A backup taken while the application runs, restored by the {@code restore} command in another
 * process on a fresh data directory and an empty database: every table holds the same rows, the
 * identities open with the restored keys, and the audit chain verifies.
 */
class BackupRestoreIntegrationTests extends IntegrationTest {

  private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-000000000011");
  private static final String PASSPHRASE = "correct horse battery staple";

  @Autowired BackupCommand backup;
  @Autowired ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired FieldCipher cipher;
  @Autowired DataSource dataSource;
  @Autowired Flyway flyway;

  @Test
  void a_backup_restored_elsewhere_holds_every_record_the_identities_and_an_intact_audit_chain(
      @TempDir Path dir) throws Exception {
    String family = "Резервова" + System.nanoTime() % 100000;
    UUID caseId = registerCase(family);

    Path passphrase = dir.resolve("passphrase");
    Files.writeString(passphrase, PASSPHRASE + "\n");
    Path archive = dir.resolve("koldoo.backup");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int code =
        backup.run(
            List.of("--to", archive.toString(), "--passphrase-file", passphrase.toString()),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(code).as(printed.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1))
        .as("nothing of an identity is readable in the archive")
        .doesNotContain(
            new String(family.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    assertThat(
            backup.run(
                List.of("--to", archive.toString(), "--passphrase-file", passphrase.toString()),
                new PrintStream(new ByteArrayOutputStream())))
        .as("an archive is never overwritten")
        .isEqualTo(2);

    String url = freshDatabase("restored_");
    Path dataDir = dir.resolve("fresh-data");
    Process restore = restoreProcess(url, dataDir, archive, passphrase, dir.resolve("restore.log"));
    assertThat(restore.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("restore.log"));
    assertThat(restore.exitValue()).as(log).isZero();
    assertThat(log).contains("\"restored\":true", "\"auditValid\":true");

    DriverManagerDataSource restored = new DriverManagerDataSource(url, "postgres", "");
    JdbcClient copy = JdbcClient.create(restored);
    BackupManifest manifest;
    try (var in =
        new java.util.zip.ZipInputStream(
            BackupArchive.open(
                Files.newInputStream(archive), BackupKey.passphrase(PASSPHRASE.toCharArray())))) {
      manifest = RestorePreparation.manifest(in);
    }
    assertThat(manifest.tables()).contains("victim_case", "audit_entry", "criminal_case");
    long lastRestoredEntry =
        copy.sql("select max(id) from audit_entry where action <> 'BACKUP_RESTORED'")
            .query(Long.class)
            .single();
    for (String table : manifest.tables()) {
      // what the running system wrote after the snapshot is not in the backup
      String rows =
          table.equals("audit_entry")
              ? "select * from audit_entry where id <= " + lastRestoredEntry
              : table.startsWith("audit_") || table.startsWith("event_publication")
                  ? null
                  : "select * from " + table;
      if (rows == null) {
        continue;
      }
      String digest =
          "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from ("
              + rows
              + ") t";
      assertThat(copy.sql(digest).query(String.class).single())
          .as(table)
          .isEqualTo(jdbc.sql(digest).query(String.class).single());
    }

    byte[] sealed =
        copy.sql("select identity_ciphertext from victim_case where id = :id")
            .param("id", caseId)
            .query(byte[].class)
            .single();
    FieldCipher restoredKeys = KeyFiles.cipherOf(dataDir);
    String context = "victim_case:" + caseId + ":identity";
    assertThat(restoredKeys.decrypt(sealed, context))
        .contains(family)
        .isEqualTo(cipher.decrypt(sealed, context));

    ChainVerification chain =
        audit.verifyCopy(restored, dataDir.resolve("audit").resolve("checkpoints.log"));
    assertThat(chain.valid()).isTrue();
    assertThat(chain.entries()).isEqualTo(lastRestoredEntry + 1);

    // a second restore into the same, no longer empty, database is refused and changes nothing,
    // neither the database nor the data directory it was given
    Process again =
        restoreProcess(
            url, dir.resolve("other-data"), archive, passphrase, dir.resolve("again.log"));
    assertThat(again.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String refusal = Files.readString(dir.resolve("again.log"));
    assertThat(again.exitValue()).as(refusal).isEqualTo(2);
    assertThat(refusal)
        .as("the refusal says why and what to do, as the command's JSON error")
        .contains(
            "{\"error\":\"restore needs an empty database", "a restore that failed is no obstacle")
        .as("and is made as the application starts, before the command would run")
        .doesNotContain("Exception in thread", "Application run failed");
    assertThat(dir.resolve("other-data"))
        .as("the refused restore takes back the keys it had placed")
        .doesNotExist();
    assertThat(copy.sql("select count(*) from audit_entry").query(Long.class).single())
        .isEqualTo(lastRestoredEntry + 1);
  }

  @Test
  void a_restore_whose_load_failed_is_run_again_as_it_was() throws Exception {
    registerCase("Повторова");
    ByteArrayOutputStream taken = new ByteArrayOutputStream();
    BackupManifest manifest;
    try (var snapshot = dataSource.getConnection()) {
      DatabaseCopy.beginSnapshot(snapshot);
      manifest = DatabaseCopy.write(snapshot, Map.of(), taken, Instant.now());
    }
    byte[] whole = taken.toByteArray();
    byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3); // the disk filled, say
    DataSource target = new DriverManagerDataSource(freshDatabase("retried_"), "postgres", "");
    Flyway restoring = flywayOn(target, manifest.schemaVersion());

    RestoreGate first = new RestoreGate();
    first.migrateIfNothingOfValue(restoring);
    assertThat(first.prepared()).isTrue();
    assertThatThrownBy(() -> load(cut, manifest, target)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> RestoreGate.migrateUnlessUnfinished(restoring))
        .as("a server is not started on what the failed restore left")
        .isInstanceOf(UnfinishedRestore.class);
    // a table the backup does not have, as a failed restore of a later version leaves behind
    JdbcClient.create(target).sql("create table of_a_later_version (id int)").update();

    RestoreGate again = new RestoreGate();
    again.migrateIfNothingOfValue(restoring);
    assertThat(again.prepared()).as("what the failed load left is no obstacle").isTrue();
    Map<String, Long> rows = load(whole, manifest, target);
    assertThat(rows.get("victim_case"))
        .isPositive()
        .isEqualTo(
            JdbcClient.create(target)
                .sql("select count(*) from victim_case")
                .query(Long.class)
                .single());

    RestoreGate.migrateUnlessUnfinished(restoring); // a server starts on the restored data
    RestoreGate onRestored = new RestoreGate();
    assertThatThrownBy(() -> onRestored.migrateIfNothingOfValue(restoring))
        .as("restored data is never built over: the restore is refused as it starts")
        .isInstanceOf(CommandRefused.class)
        .hasMessageContaining("restore needs an empty database");
    assertThat(onRestored.prepared()).isFalse();
    assertThat(
            JdbcClient.create(target)
                .sql("select count(*) from victim_case")
                .query(Long.class)
                .single())
        .isEqualTo(rows.get("victim_case"));
  }

  @Test
  void a_database_a_newer_koldoo_migrated_is_refused_before_anything_is_migrated() {
    DataSource target = new DriverManagerDataSource(freshDatabase("newer_"), "postgres", "");
    flywayOn(target, "1").migrate();
    JdbcClient database = JdbcClient.create(target);
    // as a later version's migration leaves its row
    database
        .sql(
            """
            insert into flyway_schema_history (installed_rank, version, description, type, script,
              checksum, installed_by, execution_time, success)
            values (100000, '99999', 'a later version', 'SQL', 'V99999__a_later_version.sql', 1,
              'postgres', 1, true)""")
        .update();
    Flyway thisVersion =
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(target).load();

    assertThatThrownBy(() -> RestoreGate.migrateUnlessUnfinished(thisVersion))
        .isInstanceOf(SchemaVersions.NewerSchema.class)
        .hasMessageStartingWith(
            "This database was migrated by a newer Koldoo: its schema is at version 99999, and"
                + " this Koldoo knows versions up to ")
        .hasMessageNotContaining("up to 99999")
        .hasMessageNotContaining("up to 1.");
    assertThat(
            database.sql("select count(*) from flyway_schema_history").query(Long.class).single())
        .as("nothing migrated")
        .isEqualTo(2);
  }

  private UUID registerCase(String family) throws Exception {
    return api.created(
        api.person("bk-cw", SHELTER, Role.CASE_WORKER),
        "/api/v1/cases",
        """
        {"familyName":"%s","givenName":"Айгуль","sex":"FEMALE","dateOfBirth":"1999-04-03"}"""
            .formatted(family));
  }

  /** A new, empty database beside the test's own: its JDBC URL. */
  private String freshDatabase(String prefix) {
    String database = prefix + System.nanoTime();
    jdbc.sql("create database " + database).update();
    return TestDatabase.jdbcUrl().replaceFirst("/koldoo$", "/" + database);
  }

  private Flyway flywayOn(DataSource database, String version) {
    return Flyway.configure()
        .configuration(flyway.getConfiguration())
        .dataSource(database)
        .target(version)
        .load();
  }

  private static Map<String, Long> load(byte[] archive, BackupManifest manifest, DataSource target)
      throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      assertThat(RestorePreparation.manifest(zip)).isEqualTo(manifest);
      return DatabaseCopy.load(zip, manifest, target);
    }
  }

  private static Process restoreProcess(
      String url, Path dataDir, Path archive, Path passphrase, Path log) throws Exception {
    return ApplicationProcess.of(
            url,
            dataDir.toString(),
            "restore",
            "--from",
            archive.toString(),
            "--passphrase-file",
            passphrase.toString())
        .redirectOutput(log.toFile())
        .start();
  }
}
