package org.koldoo.backup.internal;

import org.flywaydb.core.Flyway;
import org.koldoo.platform.cli.CommandRefused;
import org.koldoo.platform.database.SchemaVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * During a restore ({@code koldoo.restore.pending}, set by the launcher with the backup's schema
 * version as Flyway's target), the database is migrated only if it is empty, or holds nothing but
 * what a restore that did not finish left: a restore never writes over a database that holds
 * Koldoo's data.
 *
 * <p>The schema a restore builds is marked as unfinished (a comment on Flyway's history table) in
 * the same step, and the load removes the mark in the transaction that commits the rows. A load
 * that fails is rolled back with the mark still in place, so the next restore knows that the schema
 * holds nothing of value, drops it and builds it again, at the version of the backup it is given.
 */
@Configuration(proxyBeanMethods = false)
class RestoreGate {

  /** The comment that marks a schema built by a restore whose load has not committed. */
  static final String UNFINISHED = "koldoo: restore not finished";

  private static final String MARKED =
      "select obj_description(to_regclass('flyway_schema_history'), 'pg_class')";

  private static final String MARK =
      "comment on table flyway_schema_history is '%s'".formatted(UNFINISHED);

  /** Run by the load in the transaction that commits the restored rows. */
  static final String MARK_FINISHED = "comment on table flyway_schema_history is null";

  private static final Logger log = LoggerFactory.getLogger(RestoreGate.class);

  private volatile boolean prepared;

  /** Whether this start found the database empty and built the backup's schema in it. */
  boolean prepared() {
    return prepared;
  }

  /**
   * A restore migrates only a database with nothing of value; any other start migrates as usual,
   * unless the database holds what a restore that did not finish left (a server started on it would
   * serve an empty system over a schema the next restore drops), or a newer Koldoo migrated it
   * ({@link SchemaVersions#refuseNewer}).
   */
  @Bean
  FlywayMigrationStrategy migrationGate(Environment environment) {
    boolean restoring = environment.getProperty("koldoo.restore.pending", Boolean.class, false);
    return restoring ? this::migrateIfNothingOfValue : RestoreGate::migrateUnlessUnfinished;
  }

  static void migrateUnlessUnfinished(Flyway flyway) {
    if (unfinished(flyway)) {
      throw new UnfinishedRestore();
    }
    SchemaVersions.refuseNewer(flyway); // a rolled-back jar, an old instance beside new ones
    flyway.migrate();
  }

  private static boolean unfinished(Flyway flyway) {
    return JdbcClient.create(flyway.getConfiguration().getDataSource())
        .sql(MARKED)
        .query(String.class)
        .list()
        .contains(UNFINISHED);
  }

  void migrateIfNothingOfValue(Flyway flyway) {
    if (flyway.info().applied().length > 0) {
      if (!unfinished(flyway)) {
        // Koldoo's data, or at least not a restore's remains: refused here, before the rest of
        // the application is built for a command that will not run
        throw new CommandRefused(2, RestoreCommand.DATABASE_IN_USE);
      }
      log.warn("The database holds the schema of a restore that did not finish: building it again");
      Flyway.configure()
          .configuration(flyway.getConfiguration())
          .cleanDisabled(false)
          .load()
          .clean();
    }
    flyway.migrate();
    JdbcClient.create(flyway.getConfiguration().getDataSource()).sql(MARK).update();
    prepared = true;
  }
}
