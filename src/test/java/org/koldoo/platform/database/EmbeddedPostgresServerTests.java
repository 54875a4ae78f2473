package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.support.TestDatabase;

/**
 * A fresh data directory is migrated from nothing, and a restart on the same directory finds
 * everything that was written before. A second start while the first still runs joins it. Only the
 * tests' own database is started without waiting for the disk.
 */
class EmbeddedPostgresServerTests {

  @Test
  void a_fresh_database_migrates_and_survives_a_restart(@TempDir Path temp) throws Exception {
    Path dir = temp.resolve("postgres");
    int port = TestDatabase.freePort();
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir, port)) {
      first.ensureDatabase("koldoo");
      assertThat(setting(first.jdbcUrl("koldoo"), "fsync"))
          .as("a database anyone keeps waits for the disk")
          .isEqualTo("on");
      Flyway.configure()
          .dataSource(first.jdbcUrl("koldoo"), "postgres", "")
          .locations("classpath:db/migration")
          .load()
          .migrate();
      execute(
          first,
          "insert into organisation (id, code, name_en, name_ru, name_ky, type, region) values"
              + " ('11111111-1111-1111-1111-111111111111', 'KEEP', 'k', 'k', 'k', 'NGO', 'OSH')");
      try (EmbeddedPostgresServer joined = EmbeddedPostgresServer.start(dir, port + 1)) {
        assertThat(joined.port()).isEqualTo(port);
      }
      assertThat(count(first, "select count(*) from organisation where code = 'KEEP'")).isOne();
    }
    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dir, port)) {
      assertThat(count(second, "select count(*) from organisation where code = 'KEEP'")).isOne();
      var result =
          Flyway.configure()
              .dataSource(second.jdbcUrl("koldoo"), "postgres", "")
              .locations("classpath:db/migration")
              .load()
              .migrate();
      assertThat(result.migrationsExecuted).isZero();
    }
  }

  @Test
  void at_exit_the_database_waits_for_its_owner_to_close_first(@TempDir Path temp)
      throws Exception {
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(temp.resolve("postgres"), TestDatabase.freePort());
    server.ensureDatabase("koldoo");
    server.closedByOwner();
    Thread exit = new Thread(server::stopAtExit);
    exit.start();
    exit.join(700);
    assertThat(exit.isAlive()).as("the exit waits while the owner still closes").isTrue();
    assertThat(count(server, "select 1")).as("and the database still serves it").isOne();
    server.close(); // the owner, its pool closed
    exit.join(10_000);
    assertThat(exit.isAlive()).isFalse();
  }

  /**
   * A Koldoo killed outright (out of memory, {@code kill -9}) leaves its PostgreSQL running: the
   * next start takes that server over and stops it at its own stop, rather than joining it and
   * leaving it to run with nobody to stop it.
   */
  @Test
  void a_server_left_running_by_a_killed_process_is_taken_over_and_stopped(@TempDir Path temp)
      throws Exception {
    Path dir = temp.resolve("postgres");
    int port = TestDatabase.freePort();
    Process killed =
        org.koldoo.support.TestProcess.running(
                StartsAndDies.class, dir.toString(), Integer.toString(port))
            .start();
    String output = new String(killed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(killed.waitFor()).as(output).isEqualTo(StartsAndDies.DIED);
    try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(dir, port + 1)) {
      assertThat(next.port()).as("the server the killed process left").isEqualTo(port);
      assertThat(count(next, "select 1")).isOne();
    }
    assertThat(accepts(port)).as("stopped with the one that took it over").isFalse();
  }

  /** Starts a server and dies at once, without its shutdown hooks: as a killed process does. */
  static final class StartsAndDies {
    static final int DIED = 57;

    public static void main(String[] args) throws Exception {
      EmbeddedPostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]))
          .ensureDatabase("koldoo");
      Runtime.getRuntime().halt(DIED);
    }
  }

  private static boolean accepts(int port) {
    try (var socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("localhost", port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * Its postmaster killed (as the system does for want of memory), the server this process owns is
   * started again by the watch, with what was committed before; stopped by its owner, it is not.
   */
  @Test
  void a_killed_server_is_started_again_with_its_data_and_a_stopped_one_is_not(@TempDir Path temp)
      throws Exception {
    Path dir = temp.resolve("postgres");
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, TestDatabase.freePort());
    try {
      server.ensureDatabase("koldoo");
      execute(server, "create table kept (id int); insert into kept values (7)");
      assertThat(server.startAgainIfGone()).as("a server that runs is left alone").isFalse();
      // a second, quicker look than the server's own (every 5 s), so the test need not wait
      PostmasterWatch.start(server, java.time.Duration.ofMillis(200));
      long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
      ProcessHandle.of(pid).orElseThrow().destroyForcibly();
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      Long found = null;
      while (found == null && System.nanoTime() < deadline) {
        try {
          found = count(server, "select sum(id) from kept");
        } catch (java.sql.SQLException gone) {
          Thread.sleep(100);
        }
      }
      assertThat(found).as("the data, once the server is back").isEqualTo(7);
      assertThat(Postmaster.alive(dir)).isTrue();
      assertThat(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim())
          .isNotEqualTo(String.valueOf(pid));
    } finally {
      server.close();
    }
    Thread.sleep(600);
    assertThat(Postmaster.alive(dir)).as("stopped by its owner, it stays stopped").isFalse();
    assertThat(server.startAgainIfGone()).isFalse();
  }

  @Test
  void only_the_tests_disposable_database_does_without_the_disk() throws Exception {
    assertThat(setting(TestDatabase.jdbcUrl(), "fsync")).isEqualTo("off");
    assertThat(setting(TestDatabase.jdbcUrl(), "synchronous_commit")).isEqualTo("off");
  }

  private static String setting(String jdbcUrl, String name) throws Exception {
    try (var c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        var s = c.createStatement();
        var rs = s.executeQuery("show " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
    try (var c = DriverManager.getConnection(server.jdbcUrl("koldoo"), "postgres", "");
        var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(EmbeddedPostgresServer server, String sql) throws Exception {
    try (var c = DriverManager.getConnection(server.jdbcUrl("koldoo"), "postgres", "");
        var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
