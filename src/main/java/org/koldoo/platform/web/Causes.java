package org.koldoo.platform.web;

import java.sql.SQLException;

/** What a failure was caused by, looked for along its chain of causes. */
final class Causes {

  private Causes() {}

  /** The first cause of this type, the failure itself included, or null. */
  static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** The SQLSTATE of the first cause that has one, or null. */
  static String sqlState(Throwable e) {
    SQLException sql = withSqlState(e);
    return sql == null ? null : sql.getSQLState();
  }

  /** The first cause that is a database's answer with its SQLSTATE, or null. */
  static SQLException withSqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql;
      }
    }
    return null;
  }
}
