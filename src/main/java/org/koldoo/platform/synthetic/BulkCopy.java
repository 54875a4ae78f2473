package org.koldoo.platform.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes many rows with PostgreSQL's COPY (CSV), in chunks, on the run's one connection. Values:
 * null, String, Number, Boolean, UUID, dates and times (their ISO text), byte[] (bytea).
 */
public final class BulkCopy {

  private static final int CHUNK = 20_000;

  private final CopyManager copy;
  private final Connection connection;
  private final List<Writer> open = new ArrayList<>();

  public BulkCopy(Connection connection) {
    try {
      this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
      this.connection = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("COPY needs a PostgreSQL connection", e);
    }
  }

  /**
   * A table's writer. Writers flush together, in the order they were opened, so that a parent table
   * opened first always reaches the database before the rows that refer to it.
   */
  /** {@link #into(String, List)} with the columns written as in SQL: {@code "id, name, born"}. */
  public Writer into(String table, String columns) {
    return into(table, java.util.Arrays.stream(columns.split(",")).map(String::strip).toList());
  }

  public Writer into(String table, List<String> columns) {
    Writer writer =
        new Writer(
            table,
            "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
            columns.size());
    open.add(writer);
    return writer;
  }

  /** Runs one statement on the run's connection, after every pending row has been written. */
  public void execute(String sql) {
    flushAll();
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("statement failed: " + e.getMessage(), e);
    }
  }

  private void flushAll() {
    for (Writer writer : open) {
      writer.flush();
    }
  }

  public final class Writer implements AutoCloseable {

    private final String table;
    private final String sql;
    private final int width;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private int pending;
    private long written;

    private Writer(String table, String sql, int width) {
      this.table = table;
      this.sql = sql;
      this.width = width;
    }

    /** The table this writer writes into. */
    public String table() {
      return table;
    }

    public void row(Object... values) {
      if (values.length != width) {
        throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
      }
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          buffer.append(',');
        }
        append(values[i]);
      }
      buffer.append('\n');
      if (++pending >= CHUNK) {
        flushAll();
      }
    }

    private void append(Object v) {
      if (v == null) {
        return;
      }
      if (v instanceof byte[] bytes) {
        buffer.append("\\x").append(HexFormat.of().formatHex(bytes));
      } else if (v instanceof Boolean b) {
        buffer.append(b ? 't' : 'f');
      } else if (v instanceof Number || v instanceof java.util.UUID) {
        buffer.append(v);
      } else if (v instanceof java.util.Collection<?> list) {
        // an array column: {"A","B"} as the CSV cell "{""A"",""B""}"
        buffer.append("\"{");
        String sep = "";
        for (Object e : list) {
          buffer.append(sep).append("\"\"").append(e.toString().replace("\"", "")).append("\"\"");
          sep = ",";
        }
        buffer.append("}\"");
      } else {
        String s = v.toString();
        buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
      }
    }

    private void flush() {
      if (pending == 0) {
        return;
      }
      try {
        written += copy.copyIn(sql, new StringReader(buffer.toString()));
      } catch (SQLException e) {
        throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      buffer.setLength(0);
      pending = 0;
    }

    public long written() {
      return written + pending;
    }

    @Override
    public void close() {
      flushAll();
      open.remove(this);
    }
  }
}
