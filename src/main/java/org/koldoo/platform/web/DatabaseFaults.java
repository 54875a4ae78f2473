package org.koldoo.platform.web;

import io.micrometer.core.instrument.Metrics;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database is out of reach or cannot take the request now (retry
 * later), not that input was bad.
 *
 * <p>A database that still answers can refuse too: a full disk, too little memory, an I/O error. No
 * health check sees that, since a plain query still works, so such a refusal is logged here as an
 * error with PostgreSQL's reason (the first of a kind, then at most one a minute, with how many
 * came between) and counted in {@code koldoo_database_refusals_total} by {@code sqlstate}. A lost
 * connection is not: the database's health logs that once when it happens.
 */
public final class DatabaseFaults {

  private static final Logger log = LoggerFactory.getLogger(DatabaseFaults.class);

  static final String METER = "koldoo.database.refusals";
  private static final long QUIET = Duration.ofMinutes(1).toNanos();
  private static final Map<String, Refusals> REFUSALS = new ConcurrentHashMap<>();

  private DatabaseFaults() {}

  public static boolean unavailable(Throwable e) {
    return unavailable(e, System::nanoTime);
  }

  static boolean unavailable(Throwable e, LongSupplier clock) {
    if (!outOfReach(e)) {
      return false;
    }
    String state = Causes.sqlState(e);
    if (state != null && !state.startsWith("08") && !state.startsWith("57P")) {
      refused(state, e, clock.getAsLong());
    }
    return true;
  }

  private static boolean outOfReach(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  /** The database answered with a refusal: counted, and logged unless one was a minute ago. */
  private static void refused(String state, Throwable e, long now) {
    Metrics.counter(METER, "sqlstate", state).increment();
    Refusals refusals = REFUSALS.computeIfAbsent(state, s -> new Refusals());
    int between;
    synchronized (refusals) {
      if (refusals.logged && now - refusals.loggedAt < QUIET) {
        refusals.between++;
        return;
      }
      between = refusals.between;
      refusals.logged = true;
      refusals.loggedAt = now;
      refusals.between = 0;
    }
    log.error(
        "The database refused a request, answered 503 (SQLSTATE {}): {}{}. It still answers, so"
            + " the health checks stay UP.",
        state,
        reason(e),
        between == 0 ? "" : " (and " + between + " more since the last such line)");
  }

  /** PostgreSQL's own first line (no detail lines, which may quote a row's values). */
  private static String reason(Throwable e) {
    SQLException sql = Causes.withSqlState(e);
    if (sql == null) {
      return e.toString();
    }
    String message = String.valueOf(sql.getMessage()).strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline).strip();
  }

  private static final class Refusals {
    private boolean logged;
    private long loggedAt;
    private int between;
  }
}
