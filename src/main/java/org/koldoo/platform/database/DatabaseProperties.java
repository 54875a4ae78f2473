package org.koldoo.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database keeps its files and which local port it listens on.
 *
 * @param dataDir directory for all of Koldoo's local data ({@code KOLDOO_DATA_DIR})
 * @param dbPort TCP port of the embedded PostgreSQL on localhost ({@code KOLDOO_DB_PORT})
 */
@ConfigurationProperties("koldoo")
record DatabaseProperties(
    @DefaultValue("./data") String dataDir, @DefaultValue("15432") int dbPort) {

  /** How long a request waits for a database connection before it is answered 503. */
  static final long CONNECTION_TIMEOUT_MS = 1500;
}
