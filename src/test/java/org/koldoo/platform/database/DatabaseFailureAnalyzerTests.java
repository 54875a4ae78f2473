package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseFailureAnalyzerTests {

  private final DatabaseFailureAnalyzer analyzer =
      new DatabaseFailureAnalyzer(
          new MockEnvironment()
              .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/k"));

  @Test
  void a_refused_connection_is_one_line_naming_the_database_and_the_reason() {
    var failure =
        new IllegalStateException(
            "flyway failed",
            new SQLException("Connection to db:5432 refused.", "08001", new ConnectException()));
    var analysis = analyzer.analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .isEqualTo(
            "Cannot reach the database jdbc:postgresql://db:5432/k: Connection to db:5432 refused.")
        .doesNotContain("\n");
  }

  @Test
  void wrong_credentials_are_reported_the_same_way() {
    var analysis =
        analyzer.analyze(
            new RuntimeException(new SQLException("password authentication failed", "28P01")));
    assertThat(analysis.getDescription()).contains("password authentication failed");
  }

  @Test
  void other_failures_are_left_to_spring() {
    assertThat(analyzer.analyze(new IllegalArgumentException("bean problem"))).isNull();
  }

  @Test
  void an_embedded_database_that_cannot_start_names_directory_and_port() {
    var analysis =
        analyzer.analyze(
            new EmbeddedDatabaseUnavailable(
                "./data", 15432, new java.io.IOException("port in use\nmore lines")));
    assertThat(analysis.getDescription())
        .contains("./data", "15432", "port in use")
        .doesNotContain("more lines");
  }

  @Test
  void a_database_a_newer_koldoo_migrated_says_which_version_to_start_or_how_to_go_back() {
    var analysis =
        analyzer.analyze(
            new IllegalStateException(
                "flyway initializer failed",
                new SchemaVersions.NewerSchema("This database was migrated by a newer Koldoo.")));
    assertThat(analysis.getDescription())
        .isEqualTo("This database was migrated by a newer Koldoo.");
    assertThat(analysis.getAction())
        .contains("Start the Koldoo that migrated it", "restore --from FILE");
  }
}
