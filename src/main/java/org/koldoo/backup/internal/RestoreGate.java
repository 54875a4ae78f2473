package org.koldoo.backup.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("koldoo.restore.pending")
  FlywayMigrationStrategy emptyDatabaseOnly() {
    return this::migrateIfNothingOfValue;
  }

  void migrateIfNothingOfValue(Flyway flyway) {
    DataSource database = flyway.getConfiguration().getDataSource();
    JdbcClient jdbc = JdbcClient.create(database);
    if (flyway.info().applied().length > 0) {
      if (!jdbc.sql(MARKED).query(String.class).list().contains(UNFINISHED)) {
        return; // Koldoo's data, or at least not a restore's remains: refused by the command
      }
      log.warn("The database holds the schema of a restore that did not finish: building it again");
      Flyway.configure()
          .configuration(flyway.getConfiguration())
          .cleanDisabled(false)
          .load()
          .clean();
    }
    flyway.migrate();
    jdbc.sql(MARK).update();
    prepared = true;
  }
}
