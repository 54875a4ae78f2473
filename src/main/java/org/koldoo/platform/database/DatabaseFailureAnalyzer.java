package org.koldoo.platform.database;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached into one clear sentence — which database, and why —
 * instead of a wall of stack traces at start-up.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

  private final Environment environment;

  DatabaseFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ServerLock.DataDirectoryInUse inUse) {
        return new FailureAnalysis(
            inUse.getMessage(),
            "Stop the other server first, or give this one a data directory of its own"
                + " (KOLDOO_DATA_DIR).",
            failure);
      }
      if (t instanceof SchemaVersions.NewerSchema newer) {
        return new FailureAnalysis(
            newer.getMessage(),
            "Start the Koldoo that migrated it, or a newer one. To go back to this version, restore"
                + " a backup taken before the upgrade into a fresh data directory or an empty"
                + " database (java -jar koldoo.jar restore --from FILE).",
            failure);
      }
      if (t instanceof EmbeddedDatabaseUnavailable embedded) {
        return new FailureAnalysis(
            embedded.getMessage(),
            "Free the port with KOLDOO_DB_PORT, or point KOLDOO_DATA_DIR to a writable directory.",
            failure);
      }
      if (isConnectionFailure(t)) {
        String url = environment.getProperty("spring.datasource.url", "(embedded)");
        return new FailureAnalysis(
            "Cannot reach the database " + url + ": " + reason(t),
            "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
                + " SPRING_DATASOURCE_PASSWORD, and that PostgreSQL is running.",
            failure);
      }
    }
    return null;
  }

  private static boolean isConnectionFailure(Throwable t) {
    if (t instanceof ConnectException || t instanceof UnknownHostException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      // 08: connection exception; 28: invalid authorization; 3D000: no such database
      String state = sql.getSQLState();
      return state.startsWith("08") || state.startsWith("28") || state.equals("3D000");
    }
    return false;
  }

  private static String reason(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = t.getMessage() != null ? t.getMessage() : root.toString();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
