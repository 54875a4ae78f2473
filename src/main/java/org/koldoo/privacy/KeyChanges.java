package org.koldoo.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changes of the privacy keys (a key added, a key retired) one at a time across every process on
 * the database, and never between a backup's copy of the keys and the start of its snapshot: so
 * every value a backup's snapshot holds is sealed under a key its copy has. A PostgreSQL advisory
 * lock; a change waits the moment a backup takes to begin.
 */
public final class KeyChanges {

  private KeyChanges() {}

  /**
   * Holds key changes off until {@link #allow}: on a connection outside a transaction, before a
   * backup copies the keys.
   */
  public static void holdOff(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_lock(hashtext('koldoo.privacy.keys'))");
    }
  }

  /** Lets key changes go on again, once the backup's snapshot has begun. */
  public static void allow(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(hashtext('koldoo.privacy.keys'))");
    }
  }

  /** In the caller's transaction: waits for any backup beginning or other key change to pass. */
  static void awaitTurn(JdbcClient jdbc) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('koldoo.privacy.keys'))")
        .query((rs, n) -> 1)
        .list();
  }
}
