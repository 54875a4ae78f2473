package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.koldoo.support.TestDatabase;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The database's health says DOWN at every probe, but the log says so once, and once UP again. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseHealthTests {

  /** The test database, or a refused connection while {@code away}. */
  private static final class Outage extends AbstractDataSource {
    private final DriverManagerDataSource database =
        new DriverManagerDataSource(TestDatabase.jdbcUrl(), "postgres", "");
    private volatile boolean away;

    @Override
    public Connection getConnection() throws SQLException {
      if (away) {
        throw new SQLException("Connection to localhost:1 refused.");
      }
      return database.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }
  }

  @Test
  void an_outage_is_logged_once_when_it_begins_and_once_when_it_ends(CapturedOutput output)
      throws Exception {
    Outage source = new Outage();
    DatabaseHealth health = new DatabaseHealth(source);
    health.afterPropertiesSet();
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);

    source.away = true;
    for (int probe = 0; probe < 5; probe++) {
      assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }
    String during = output.getAll();
    assertThat(during.split("The database does not answer", -1)).hasSize(2);
    assertThat(during)
        .contains("Connection to localhost:1 refused.")
        .doesNotContain("health check failed")
        .doesNotContain("\tat org.springframework");

    source.away = false;
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(output.getAll().split("The database answers again", -1)).hasSize(2);
  }
}
