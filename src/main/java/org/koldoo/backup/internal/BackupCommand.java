package org.koldoo.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.backup.BackupArchive;
import org.koldoo.platform.backup.BackupArguments;
import org.koldoo.platform.backup.BackupFile;
import org.koldoo.platform.backup.BackupKey;
import org.koldoo.platform.backup.BackupManifest;
import org.koldoo.platform.cli.IoFailure;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.security.Actor;
import org.koldoo.privacy.KeyChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code backup --to FILE}: one sealed archive of the database and the keys, written while the
 * system runs (it joins the running embedded database, or uses the configured one). The archive is
 * written beside its name and moved there only when whole, so a cut-off run leaves no archive that
 * looks complete.
 */
@Component
class BackupCommand implements KoldooCommand {

  private final DataSource dataSource;
  private final List<BackupFile> files;
  private final AuditTrail audit;
  private final Clock clock;
  private final int passphraseRounds;

  BackupCommand(
      DataSource dataSource,
      List<BackupFile> files,
      AuditTrail audit,
      Clock clock,
      @Value("${koldoo.backup.passphrase-rounds:" + BackupKey.ROUNDS + "}") int passphraseRounds) {
    this.dataSource = dataSource;
    this.files = files;
    this.audit = audit;
    this.clock = clock;
    this.passphraseRounds = passphraseRounds;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.BACKUP;
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    long start = System.nanoTime();
    try {
      Path target =
          Path.of(
              KoldooCommand.option(arguments, "--to")
                  .orElseThrow(() -> new IllegalArgumentException("--to FILE is required")));
      if (Files.exists(target)) {
        throw new IllegalArgumentException("will not overwrite " + target.getFileName());
      }
      BackupKey key = BackupArguments.key(arguments, "--public-key", passphraseRounds);
      Path absolute = target.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      Path partial = Files.createTempFile(absolute.getParent(), ".koldoo-backup", ".partial");
      BackupManifest manifest;
      try (Connection snapshot = dataSource.getConnection()) {
        Map<String, byte[]> contents = filesAndSnapshot(snapshot);
        try (OutputStream file = Files.newOutputStream(partial);
            OutputStream sealed = BackupArchive.seal(file, key)) {
          manifest = DatabaseCopy.write(snapshot, contents, sealed, Instant.now(clock));
        }
        Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      audit.record(
          new Actor("cli", null),
          AuditRecord.of("BACKUP_WRITTEN", "backup", null)
              .withDetails(
                  "schema %s, %d tables, %d bytes"
                      .formatted(
                          manifest.schemaVersion(),
                          manifest.tables().size(),
                          Files.size(absolute))));
      out.println(
          Json.write(
              Json.object(
                  "file", target.getFileName().toString(),
                  "schemaVersion", manifest.schemaVersion(),
                  "tables", manifest.tables().size(),
                  "bytes", Files.size(absolute),
                  "seconds", Json.fixed((System.nanoTime() - start) / 1e9, 3))));
      return 0;
    } catch (IllegalArgumentException e) {
      out.println(Json.write(Json.object("error", e.getMessage())));
      return 2;
    } catch (IOException e) {
      out.println(Json.write(Json.object("error", "backup failed: " + IoFailure.of(e))));
      return 1;
    } catch (SQLException e) {
      out.println(Json.write(Json.object("error", "backup failed: " + e.getMessage())));
      return 1;
    }
  }

  /**
   * The files the modules keep outside the database, read before the snapshot begins on {@code
   * connection} (see ChainVerifier) and with key changes held off from before the keys are read
   * until the snapshot has begun: every value the snapshot holds is sealed under a key the archive
   * has.
   */
  private Map<String, byte[]> filesAndSnapshot(Connection connection)
      throws IOException, SQLException {
    KeyChanges.holdOff(connection);
    try {
      Map<String, byte[]> contents = new LinkedHashMap<>();
      for (BackupFile file :
          files.stream().sorted(Comparator.comparing(BackupFile::path)).toList()) {
        contents.put(file.path(), file.content());
      }
      DatabaseCopy.beginSnapshot(connection);
      return contents;
    } catch (IOException | SQLException | RuntimeException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback(); // so that the lock below can be let go
      }
      throw e;
    } finally {
      KeyChanges.allow(connection);
    }
  }
}
