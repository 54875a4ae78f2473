package org.koldoo.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema versions this build knows (its migrations in {@code db/migration}), and the refusal to
 * run on a database that a newer build has migrated.
 *
 * <p>Flyway only warns about such a database and goes on. But the newer build may have moved data
 * to new columns, sealed what was plain, or added rules this build does not keep. A server or
 * command of this build would then write rows the newer one misreads. This happens when a jar is
 * rolled back after an upgrade, or when an old instance restarts beside upgraded ones. So a start
 * on such a database is refused before anything is written, and so is a restore of a backup a newer
 * build took.
 */
public final class SchemaVersions {

  private static final String MIGRATIONS = "classpath*:db/migration/V*__*.sql";
  private static final Pattern VERSION = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

  /** Whether Flyway's history exists: not before the first migration. */
  private static final String HISTORY = "select to_regclass('flyway_schema_history') is not null";

  private static final String APPLIED =
      "select version from flyway_schema_history where version is not null";

  private SchemaVersions() {}

  /**
   * Refuses a database on which a migration later than this build's last was applied; anything else
   * is left to Flyway. Read from the history table and the migrations' names only: Flyway's own
   * account of them reads every migration file, which took a tenth of a second of each start.
   */
  public static void refuseNewer(Flyway flyway) {
    JdbcClient database = JdbcClient.create(flyway.getConfiguration().getDataSource());
    if (!database.sql(HISTORY).query(Boolean.class).single()) {
      return;
    }
    MigrationVersion latest = latestKnown();
    database.sql(APPLIED).query(String.class).list().stream()
        .map(MigrationVersion::fromVersion)
        .max(Comparator.naturalOrder())
        .filter(applied -> applied.compareTo(latest) > 0)
        .ifPresent(
            applied -> {
              throw new NewerSchema(
                  "This database was migrated by a newer Koldoo: its schema is at version "
                      + applied.getVersion()
                      + ", and this Koldoo knows versions up to "
                      + latest.getVersion()
                      + ".");
            });
  }

  /**
   * Why a backup taken at {@code version} cannot be restored by this build (a newer build took it),
   * or nothing when it can.
   */
  public static Optional<String> refusalToRestore(String version) {
    if (version == null || !version.matches("[0-9][0-9._]{0,30}")) {
      return Optional.of("the backup names no schema version this Koldoo can read: " + version);
    }
    MigrationVersion latest = latestKnown();
    if (MigrationVersion.fromVersion(version).compareTo(latest) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "this backup was taken by a newer Koldoo (schema version "
            + version
            + "; this Koldoo knows versions up to "
            + latest.getVersion()
            + "): restore it with that version of Koldoo or a newer one");
  }

  /** The highest version among this build's migrations. */
  static MigrationVersion latestKnown() {
    try {
      Resource[] migrations = new PathMatchingResourcePatternResolver().getResources(MIGRATIONS);
      return Arrays.stream(migrations)
          .map(Resource::getFilename)
          .filter(Objects::nonNull)
          .map(VERSION::matcher)
          .filter(Matcher::matches)
          .map(name -> MigrationVersion.fromVersion(name.group(1)))
          .max(Comparator.naturalOrder())
          .orElseThrow(() -> new IllegalStateException("no migrations found in db/migration"));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The database's schema is newer than any this build knows. */
  public static final class NewerSchema extends IllegalStateException {

    NewerSchema(String message) {
      super(message);
    }
  }
}
