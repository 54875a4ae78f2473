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
    @DefaultValue(DatabaseProperties.DATA_DIR) String dataDir,
    @DefaultValue("" + DatabaseProperties.PORT) int dbPort) {

  /** Where the data lives and which port the database takes, unless configured. */
  static final String DATA_DIR = "./data";

  static final int PORT = 15432;

  /** How long a request waits for a database connection before it is answered 503. */
  static final long CONNECTION_TIMEOUT_MS = 1500;
}
