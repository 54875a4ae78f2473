package org.koldoo.platform.database;

/** The embedded PostgreSQL could not be started; carries what a person needs to fix it. */
class EmbeddedDatabaseUnavailable extends RuntimeException {

  EmbeddedDatabaseUnavailable(String dataDir, int port, Throwable cause) {
    super(
        "The embedded PostgreSQL could not start (data directory "
            + dataDir
            + ", port "
            + port
            + "): "
            + firstLine(cause.getMessage()),
        cause);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown reason";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
