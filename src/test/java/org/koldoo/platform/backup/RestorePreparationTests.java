package org.koldoo.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a backup go back into the data directory, never over a different one; and whatever a
 * refused or failed restore had placed is taken back, so the directory is left as it was found.
 */
class RestorePreparationTests {

  private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

  @Test
  void the_files_are_placed_and_taken_back_when_the_restore_does_not_complete(@TempDir Path dir)
      throws IOException {
    Path archive = archive(dir, "keys/privacy.properties", "audit/checkpoints.log");
    Path data = dir.resolve("data");

    var prepared = RestorePreparation.prepare(archive, key(), data);
    assertThat(prepared.manifest().schemaVersion()).isEqualTo("64");
    assertThat(data.resolve("keys/privacy.properties")).hasContent("keys/privacy.properties");
    assertThat(data.resolve("audit/checkpoints.log")).exists();

    prepared.undo();
    assertThat(data).as("made for the restore, and taken back with it").doesNotExist();
  }

  @Test
  void once_the_database_is_loaded_the_keys_its_data_needs_stay_whatever_the_exit(@TempDir Path dir)
      throws IOException {
    Path archive = archive(dir, "keys/privacy.properties");
    Path data = dir.resolve("data");
    var prepared = RestorePreparation.prepare(archive, key(), data);
    try {
      // the tables were loaded, then the audit chain was found broken: exit 1, data in place
      System.setProperty(RestorePreparation.LOADED, "true");
      prepared.undoUnlessLoaded();
      assertThat(data.resolve("keys/privacy.properties")).exists();
    } finally {
      System.clearProperty(RestorePreparation.LOADED);
    }
    prepared.undoUnlessLoaded();
    assertThat(data).as("nothing loaded: taken back").doesNotExist();
  }

  @Test
  void a_different_file_already_there_refuses_the_restore_and_takes_back_what_came_before_it(
      @TempDir Path dir) throws IOException {
    Path archive = archive(dir, "keys/privacy.properties", "keys/audit.key");
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("keys"));
    Files.writeString(data.resolve("keys/audit.key"), "this installation's own key");

    assertThatThrownBy(() -> RestorePreparation.prepare(archive, key(), data))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("already holds a different keys/audit.key");
    assertThat(data.resolve("keys/privacy.properties")).doesNotExist();
    assertThat(data.resolve("keys/audit.key")).hasContent("this installation's own key");
    assertThat(data.resolve("keys")).as("a directory that was there stays").isDirectory();
  }

  @Test
  void a_file_the_directory_already_holds_byte_for_byte_is_kept_when_the_restore_is_undone(
      @TempDir Path dir) throws IOException {
    Path archive = archive(dir, "keys/audit.key");
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("keys"));
    Files.writeString(data.resolve("keys/audit.key"), "keys/audit.key");

    RestorePreparation.prepare(archive, key(), data).undo();
    assertThat(data.resolve("keys/audit.key")).hasContent("keys/audit.key");
  }

  @Test
  void a_backup_a_newer_koldoo_took_is_refused_before_anything_is_placed(@TempDir Path dir)
      throws IOException {
    Path archive = archiveAt(dir, "99999", "keys/privacy.properties");
    Path data = dir.resolve("data");

    assertThatThrownBy(() -> RestorePreparation.prepare(archive, key(), data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("this backup was taken by a newer Koldoo (schema version 99999;")
        .hasMessageEndingWith("restore it with that version of Koldoo or a newer one");
    assertThat(data).doesNotExist();
  }

  private static BackupKey key() {
    return BackupKey.passphrase(PASSPHRASE, 1_000);
  }

  /** An archive of a manifest and files whose content is their own name. */
  private static Path archive(Path dir, String... files) throws IOException {
    return archiveAt(dir, "64", files);
  }

  private static Path archiveAt(Path dir, String schemaVersion, String... files)
      throws IOException {
    Path archive = dir.resolve("backup-" + System.nanoTime());
    try (OutputStream out = BackupArchive.seal(Files.newOutputStream(archive), key());
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
      zip.write(
          RestorePreparation.json(
              new BackupManifest(1, Instant.now(), schemaVersion, List.of(), List.of(files))));
      for (String file : files) {
        zip.putNextEntry(new ZipEntry(BackupManifest.FILES + file));
        zip.write(file.getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry(BackupManifest.TABLES + "none"));
    }
    return archive;
  }
}
