package org.koldoo.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} configured, Koldoo runs its own PostgreSQL whose data lives
 * under {@code koldoo.data-dir} (default {@code ./data}); otherwise Spring Boot's standard
 * datasource settings apply unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class DatabaseConfiguration {

  static final String DATABASE = "koldoo";

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) throws IOException {
    try {
      Path directory = EarlyDatabaseStart.postgresDirectory(properties.dataDir());
      // the server's main has usually started it already (EarlyDatabaseStart)
      var early = EarlyDatabaseStart.take(directory, properties.dbPort());
      EmbeddedPostgresServer server =
          early.isPresent()
              ? early.get()
              : EarlyDatabaseStart.startServer(directory, properties.dbPort());
      server.closedByOwner(); // this context stops it, after its pool (destroyMethod)
      return server;
    } catch (IOException e) {
      throw new EmbeddedDatabaseUnavailable(properties.dataDir(), properties.dbPort(), e);
    }
  }

  @Bean
  DataSource dataSource(EmbeddedPostgresServer server) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.jdbcUrl(DATABASE));
    dataSource.setUsername(EmbeddedPostgresServer.SUPERUSER);
    dataSource.setPoolName("koldoo");
    dataSource.setMaximumPoolSize(10);
    // a lost database is noticed within two seconds: requests fail fast with 503 and health says
    // DOWN, instead of every request waiting half a minute for a connection
    dataSource.setConnectionTimeout(DatabaseProperties.CONNECTION_TIMEOUT_MS);
    dataSource.setValidationTimeout(1000);
    dataSource.addDataSourceProperty("connectTimeout", "2");
    dataSource.addDataSourceProperty("loginTimeout", "2");
    return dataSource;
  }
}
