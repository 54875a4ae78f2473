package org.koldoo.backup.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.koldoo.platform.backup.BackupManifest;
import org.koldoo.platform.backup.BackupUnreadable;
import org.koldoo.platform.backup.RestorePreparation;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies the database into a backup and back, with PostgreSQL's own binary COPY.
 *
 * <p>A backup reads every table in one read-only repeatable-read transaction: one snapshot, so the
 * copy is consistent while the system goes on writing. A load writes every table in one transaction
 * into a database at the backup's schema version: its own triggers (the audit trail's append-only
 * guard) are off while the rows go in, foreign keys stay checked, and the row counts must match
 * what the backup recorded, or nothing of it stays.
 */
final class DatabaseCopy {

  /** What a backup recorded after the tables: rows per table and the sequences' last values. */
  record Checks(Map<String, Long> rows, Map<String, Long> sequences) {}

  private static final String LATEST_VERSION =
      """
      select version from flyway_schema_history
      where success and version is not null
      order by installed_rank desc limit 1
      """;

  private static final String TABLES =
      """
      select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
        and c.relname <> 'flyway_schema_history'
      order by c.relname
      """;

  private static final String REFERENCES =
      """
      select child.relname, parent.relname
      from pg_constraint k
      join pg_class child on child.oid = k.conrelid
      join pg_class parent on parent.oid = k.confrelid
      join pg_namespace n on n.oid = child.relnamespace
      where k.contype = 'f' and n.nspname = current_schema() and child.oid <> parent.oid
      """;

  private static final String SEQUENCES =
      """
      select sequencename, last_value from pg_sequences
      where schemaname = current_schema() and last_value is not null
      order by sequencename
      """;

  private DatabaseCopy() {}

  /** Begins the snapshot {@link #write} copies: the database as it is now. */
  static void beginSnapshot(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    single(connection, LATEST_VERSION); // the first statement takes the snapshot
  }

  /** Writes the manifest, the files and every table of the snapshot into {@code sealed}. */
  static BackupManifest write(
      Connection connection, Map<String, byte[]> files, OutputStream sealed, Instant now)
      throws IOException, SQLException {
    try (ZipOutputStream zip = new ZipOutputStream(sealed)) {
      zip.setLevel(Deflater.BEST_SPEED);
      String version = single(connection, LATEST_VERSION);
      List<String> tables = loadOrder(connection);
      BackupManifest manifest =
          new BackupManifest(1, now, version, tables, List.copyOf(files.keySet()));
      entry(zip, BackupManifest.ENTRY, RestorePreparation.json(manifest));
      for (var file : files.entrySet()) {
        entry(zip, BackupManifest.FILES + file.getKey(), file.getValue());
      }
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      Map<String, Long> rows = new LinkedHashMap<>();
      OutputStream keepOpen =
          new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() {
              // the archive goes on after this table
            }
          };
      for (String table : tables) {
        zip.putNextEntry(new ZipEntry(BackupManifest.TABLES + table));
        rows.put(
            table,
            copy.copyOut("COPY %s TO STDOUT (FORMAT binary)".formatted(quote(table)), keepOpen));
        zip.closeEntry();
      }
      entry(
          zip,
          BackupManifest.CHECKS,
          RestorePreparation.json(new Checks(rows, sequences(connection))));
      return manifest;
    } finally {
      connection.rollback();
    }
  }

  /**
   * Loads the tables that follow the files in {@code zip} (its manifest already read) into a
   * database holding the backup's schema and nothing else of value; the row counts per table.
   */
  static Map<String, Long> load(ZipInputStream zip, BackupManifest manifest, DataSource dataSource)
      throws IOException, SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Set<String> present = sameSchema(connection, manifest);
        try (Statement statement = connection.createStatement()) {
          for (String table : manifest.tables()) {
            statement.execute("ALTER TABLE %s DISABLE TRIGGER USER".formatted(quote(table)));
          }
          statement.execute(
              "TRUNCATE %s"
                  .formatted(
                      String.join(
                          ", ", manifest.tables().stream().map(DatabaseCopy::quote).toList())));
        }
        Map<String, Long> loaded = copyIn(zip, connection, present);
        try (Statement statement = connection.createStatement()) {
          // deferred foreign keys are checked now: a table with pending checks cannot be altered
          statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
          for (String table : manifest.tables()) {
            statement.execute("ALTER TABLE %s ENABLE TRIGGER USER".formatted(quote(table)));
          }
          statement.execute(RestoreGate.MARK_FINISHED); // with the rows, or not at all
        }
        connection.commit();
        return loaded;
      } catch (IOException | SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /** The database's tables, refused unless they and its schema version are the backup's. */
  private static Set<String> sameSchema(Connection connection, BackupManifest manifest)
      throws IOException, SQLException {
    String version = single(connection, LATEST_VERSION);
    if (!manifest.schemaVersion().equals(version)) {
      throw new IOException(
          "the database is at schema version "
              + version
              + ", the backup at "
              + manifest.schemaVersion());
    }
    Set<String> present = new LinkedHashSet<>(names(connection, TABLES));
    Set<String> missing = new TreeSet<>(manifest.tables());
    missing.removeAll(present);
    Set<String> extra = new TreeSet<>(present);
    extra.removeAll(manifest.tables());
    if (!missing.isEmpty() || !extra.isEmpty()) {
      throw new IOException(
          "the database's tables are not the backup's: not in the database %s, not in the backup %s"
              .formatted(missing, extra));
    }
    return present;
  }

  /**
   * Copies in each table's rows, then checks them against the backup's own counts and sets the
   * sequences where they stood; the rows per table.
   */
  private static Map<String, Long> copyIn(
      ZipInputStream zip, Connection connection, Set<String> present)
      throws IOException, SQLException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    Map<String, Long> loaded = new TreeMap<>();
    Checks checks = null;
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      String name = entry.getName();
      if (name.startsWith(BackupManifest.TABLES)) {
        String table = name.substring(BackupManifest.TABLES.length());
        if (!present.contains(table)) {
          throw new BackupUnreadable("the backup holds an unknown table " + table);
        }
        loaded.put(
            table, copy.copyIn("COPY %s FROM STDIN (FORMAT binary)".formatted(quote(table)), zip));
      } else if (name.equals(BackupManifest.CHECKS)) {
        checks = RestorePreparation.json(zip.readAllBytes(), Checks.class);
      }
    }
    if (checks == null || !new TreeMap<>(checks.rows()).equals(loaded)) {
      throw new BackupUnreadable("the backup is incomplete: its tables do not add up");
    }
    try (PreparedStatement setval =
        connection.prepareStatement("select setval(?::regclass, ?, true)")) {
      for (var sequence : checks.sequences().entrySet()) {
        setval.setString(1, quote(sequence.getKey()));
        setval.setLong(2, sequence.getValue());
        setval.execute();
      }
    }
    return loaded;
  }

  /** Every table, each after the tables it refers to (cycles are not expected, and refused). */
  static List<String> loadOrder(Connection connection) throws SQLException {
    List<String> tables = names(connection, TABLES);
    Map<String, Set<String>> parents = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(REFERENCES)) {
      while (rs.next()) {
        parents.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
      }
    }
    List<String> ordered = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    while (ordered.size() < tables.size()) {
      int before = ordered.size();
      for (String table : tables) {
        if (!done.contains(table) && done.containsAll(parents.getOrDefault(table, Set.of()))) {
          ordered.add(table);
          done.add(table);
        }
      }
      if (ordered.size() == before) {
        throw new SQLException("tables refer to each other in a cycle; a backup cannot order them");
      }
    }
    return ordered;
  }

  private static Map<String, Long> sequences(Connection connection) throws SQLException {
    Map<String, Long> values = new TreeMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(SEQUENCES)) {
      while (rs.next()) {
        values.put(rs.getString(1), rs.getLong(2));
      }
    }
    return values;
  }

  private static List<String> names(Connection connection, String sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static String single(Connection connection, String sql) throws SQLException {
    List<String> values = names(connection, sql);
    if (values.isEmpty()) {
      throw new SQLException("the database has no Koldoo schema");
    }
    return values.get(0);
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  /** A catalogue name as an SQL identifier. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
