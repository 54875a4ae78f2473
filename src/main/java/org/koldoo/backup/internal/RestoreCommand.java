package org.koldoo.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.platform.backup.BackupArchive;
import org.koldoo.platform.backup.BackupArguments;
import org.koldoo.platform.backup.BackupKey;
import org.koldoo.platform.backup.BackupManifest;
import org.koldoo.platform.backup.RestorePreparation;
import org.koldoo.platform.cli.IoFailure;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code restore --from FILE}: loads a backup into the database this start found empty (the
 * launcher has already put the keys back and built the backup's schema version), then verifies the
 * audit chain under the restored key. The next ordinary start migrates the schema forward.
 */
@Component
class RestoreCommand implements KoldooCommand {

  /** Why a restore into a database that holds Koldoo's data is refused, and what to do. */
  static final String DATABASE_IN_USE =
      "restore needs an empty database; this one already holds Koldoo's schema and data"
          + " (a restore that failed is no obstacle: run it again as it was)";

  private final DataSource dataSource;
  private final AuditTrail audit;
  private final RestoreGate gate;

  RestoreCommand(DataSource dataSource, AuditTrail audit, RestoreGate gate) {
    this.dataSource = dataSource;
    this.audit = audit;
    this.gate = gate;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.RESTORE;
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    try {
      if (!gate.prepared()) {
        throw new IllegalArgumentException(DATABASE_IN_USE); // the gate refused at start already
      }
      Path from =
          Path.of(
              KoldooCommand.option(arguments, "--from")
                  .orElseThrow(() -> new IllegalArgumentException("--from FILE is required")));
      BackupKey key = BackupArguments.key(arguments, "--private-key");
      Map<String, Long> rows;
      BackupManifest manifest;
      try (InputStream file = Files.newInputStream(from);
          ZipInputStream zip = new ZipInputStream(BackupArchive.open(file, key))) {
        manifest = RestorePreparation.manifest(zip);
        rows = DatabaseCopy.load(zip, manifest, dataSource);
      }
      // loaded and committed: the keys placed beside the data must stay, whatever follows
      System.setProperty(RestorePreparation.LOADED, "true");
      ChainVerification chain = audit.verify();
      audit.record(
          new Actor("cli", null),
          AuditRecord.of("BACKUP_RESTORED", "backup", null)
              .withDetails(
                  "taken %s, schema %s, audit chain %s"
                      .formatted(
                          manifest.createdAt(),
                          manifest.schemaVersion(),
                          chain.valid() ? "intact" : "broken at " + chain.firstBrokenEntry())));
      out.println(
          Json.write(
              Json.object(
                  "restored", true,
                  "schemaVersion", manifest.schemaVersion(),
                  "tables", rows.size(),
                  "rows", rows.values().stream().mapToLong(Long::longValue).sum(),
                  "auditValid", chain.valid(),
                  "auditEntries", chain.entries())));
      return chain.valid() ? 0 : 1;
    } catch (IllegalArgumentException e) {
      out.println(Json.write(Json.object("error", e.getMessage())));
      return 2;
    } catch (IOException e) {
      out.println(Json.write(Json.object("error", "restore failed: " + IoFailure.of(e))));
      return 1;
    } catch (SQLException e) {
      out.println(Json.write(Json.object("error", "restore failed: " + e.getMessage())));
      return 1;
    }
  }
}
