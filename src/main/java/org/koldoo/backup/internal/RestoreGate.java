package org.koldoo.backup.internal;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * During a restore ({@code koldoo.restore.pending}, set by the launcher with the backup's schema
 * version as Flyway's target), the database is migrated only if it is empty: a restore never writes
 * over a database that holds Koldoo's schema already.
 */
@Configuration(proxyBeanMethods = false)
class RestoreGate {

  private volatile boolean prepared;

  /** Whether this start found the database empty and built the backup's schema in it. */
  boolean prepared() {
    return prepared;
  }

  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("koldoo.restore.pending")
  FlywayMigrationStrategy emptyDatabaseOnly() {
    return flyway -> {
      if (flyway.info().applied().length == 0) {
        flyway.migrate();
        prepared = true;
      }
    };
  }
}
