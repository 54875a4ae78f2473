package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.support.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.mock.env.MockEnvironment;

/**
 * The server's early start: the database bean takes the server started for its directory and port;
 * a start that failed before the bean took it leaves no PostgreSQL running behind; an external
 * database starts nothing.
 */
class EarlyDatabaseStartTests {

  private final SpringApplication application = new SpringApplication();
  private final EarlyDatabaseStart early = new EarlyDatabaseStart();

  @Test
  void the_database_bean_takes_the_server_started_for_its_directory_and_port(@TempDir Path temp)
      throws Exception {
    int port = TestDatabase.freePort();
    early.onApplicationEvent(prepared(temp, port, ""));
    Path directory = EarlyDatabaseStart.postgresDirectory(temp.toString());
    assertThat(EarlyDatabaseStart.take(directory, port + 1)).as("another port").isEmpty();
    try (EmbeddedPostgresServer server = EarlyDatabaseStart.take(directory, port).orElseThrow()) {
      assertThat(server.port()).isEqualTo(port);
      assertThat(accepts(port)).isTrue();
      assertThat(EarlyDatabaseStart.take(directory, port)).as("taken once").isEmpty();
    }
    assertThat(accepts(port)).isFalse();
  }

  @Test
  void a_start_that_failed_before_the_bean_took_the_server_stops_it(@TempDir Path temp)
      throws Exception {
    int port = TestDatabase.freePort();
    early.onApplicationEvent(prepared(temp, port, ""));
    early.onApplicationEvent(
        new ApplicationFailedEvent(
            application, new String[0], null, new IllegalStateException("bad settings")));
    assertThat(accepts(port)).isFalse();
    assertThat(EarlyDatabaseStart.take(EarlyDatabaseStart.postgresDirectory(temp.toString()), port))
        .isEmpty();
  }

  @Test
  void with_an_external_database_nothing_is_started(@TempDir Path temp) throws Exception {
    int port = TestDatabase.freePort();
    early.onApplicationEvent(prepared(temp, port, "jdbc:postgresql://db.example.kg/koldoo"));
    assertThat(EarlyDatabaseStart.take(EarlyDatabaseStart.postgresDirectory(temp.toString()), port))
        .isEmpty();
    assertThat(accepts(port)).isFalse();
  }

  @Test
  void a_port_that_is_no_number_is_left_to_the_settings_binding_to_report(@TempDir Path temp)
      throws Exception {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("koldoo.data-dir", temp.toString())
            .withProperty("koldoo.db-port", "fifteen");
    early.onApplicationEvent(
        new ApplicationEnvironmentPreparedEvent(
            new DefaultBootstrapContext(), application, new String[0], environment));
    assertThat(EarlyDatabaseStart.take(EarlyDatabaseStart.postgresDirectory(temp.toString()), 0))
        .isEmpty();
  }

  private ApplicationEnvironmentPreparedEvent prepared(Path dataDir, int port, String url) {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("koldoo.data-dir", dataDir.toString())
            .withProperty("koldoo.db-port", Integer.toString(port))
            .withProperty("spring.datasource.url", url);
    return new ApplicationEnvironmentPreparedEvent(
        new DefaultBootstrapContext(), application, new String[0], environment);
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
