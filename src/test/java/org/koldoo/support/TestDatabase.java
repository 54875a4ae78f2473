package org.koldoo.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.koldoo.platform.database.EmbeddedPostgresServer;

/** One embedded PostgreSQL for the whole test JVM, on a fresh directory and a free port. */
public final class TestDatabase {

  private static EmbeddedPostgresServer server;
  private static Path dataDir;

  private TestDatabase() {}

  public static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("koldoo-test-db");
        dataDir = dir.resolve("data");
        server = EmbeddedPostgresServer.startDisposable(dir.resolve("postgres"), freePort());
        server.ensureDatabase("koldoo");
        // a test run leaves nothing behind: the server stopped, then its directory removed; but
        // only once the cached contexts are closed, which the JVM's hooks do at the same time:
        // each context closed against a stopped server waited for its pool's time-outs (2 to 3 s
        // a context, about 27 s at the end of a test JVM)
        EmbeddedPostgresServer stopping = server;
        stopping.closedByOwner();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      awaitContextsClosed();
                      stopping.close();
                      org.springframework.util.FileSystemUtils.deleteRecursively(dir.toFile());
                    },
                    "test-database-removal"));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot start the test database", e);
      }
    }
    return server.jdbcUrl("koldoo");
  }

  /**
   * Waits for Spring Boot's shutdown hook, which closes every context the test JVM cached, for at
   * most a minute. The JVM starts the hooks one after the other, so the hook is looked for during a
   * second before the server is stopped without it (as when no context was started).
   */
  private static void awaitContextsClosed() {
    long lookUntil = System.nanoTime() + 1_000_000_000L;
    try {
      while (System.nanoTime() < lookUntil) {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
          if (thread.getName().equals("SpringApplicationShutdownHook")) {
            thread.join(60_000);
            return;
          }
        }
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The data directory (keys, audit checkpoints) that goes with the test database. */
  public static synchronized String dataDir() {
    jdbcUrl();
    return dataDir.toString();
  }

  /** Points a test's application context at this JVM's database and data directory. */
  public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    // keys and audit checkpoints of this test JVM, beside its own database
    registry.add("koldoo.data-dir", TestDatabase::dataDir);
  }

  /**
   * Points a test's context at a database of its own in this JVM's server, with a data directory of
   * its own (keys, audit chain): for a module test that rewrites what the whole application's tests
   * share, such as the linkage's persons. Flyway builds it as the context starts.
   */
  public static void registerOwn(
      org.springframework.test.context.DynamicPropertyRegistry registry, String database) {
    registry.add("spring.datasource.url", () -> ownDatabase(database));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("koldoo.data-dir", () -> dataDir() + "-" + database);
  }

  /**
   * A database of its own in this JVM's server, empty but for what its test creates (no
   * migrations): for a plain test of SQL that needs no application context.
   */
  public static javax.sql.DataSource ownDataSource(String database) {
    return connections(ownDatabase(database));
  }

  /**
   * This JVM's test database through connections of their own, outside any context's pool: for a
   * test that needs a session no context holds (to see a lock another session holds, say).
   */
  public static javax.sql.DataSource sessionsOfItsOwn() {
    return connections(jdbcUrl());
  }

  private static javax.sql.DataSource connections(String url) {
    return new org.springframework.jdbc.datasource.SimpleDriverDataSource(
        new org.postgresql.Driver(), url, "postgres", "");
  }

  private static synchronized String ownDatabase(String database) {
    jdbcUrl();
    try {
      server.ensureDatabase(database);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create the test database " + database, e);
    }
    return server.jdbcUrl(database);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
