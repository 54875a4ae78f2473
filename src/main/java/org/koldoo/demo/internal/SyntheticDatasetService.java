package org.koldoo.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.Scale;
import org.koldoo.platform.synthetic.SyntheticContributor;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs every module's contributor in one transaction on one connection (COPY), so a failed run
 * leaves nothing behind, and records the dataset so that it is generated only once.
 */
@Service
class SyntheticDatasetService implements SyntheticDatasets {

  private static final Logger log = LoggerFactory.getLogger(SyntheticDatasetService.class);

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final List<SyntheticContributor> contributors;
  private final AuditTrail audit;
  private final Environment environment;

  SyntheticDatasetService(
      DataSource dataSource,
      JdbcClient jdbc,
      List<SyntheticContributor> contributors,
      AuditTrail audit,
      Environment environment) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.contributors =
        contributors.stream().sorted(Comparator.comparingInt(SyntheticContributor::order)).toList();
    this.audit = audit;
    this.environment = environment;
  }

  @Override
  public Optional<Dataset> current() {
    return jdbc.sql(
            "select scale, first_year, last_year, seed, total_rows, seconds from synthetic_dataset")
        .query(
            (rs, i) ->
                new Dataset(
                    Scale.valueOf(rs.getString(1)),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getDouble(6),
                    true,
                    Map.of()))
        .optional();
  }

  @Override
  public synchronized Dataset ensure(Scale scale, int firstYear, int lastYear, long seed) {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new IllegalStateException("synthetic data is never generated under the prod profile");
    }
    Optional<Dataset> existing = current();
    if (existing.isPresent()) {
      return same(existing.get(), scale, firstYear, lastYear, seed);
    }
    long started = System.nanoTime();
    SyntheticWorld world;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        world = new SyntheticWorld(scale, firstYear, lastYear, seed, new BulkCopy(connection));
        for (SyntheticContributor contributor : contributors) {
          log.info("synthetic data: {}", contributor.getClass().getSimpleName());
          contributor.generate(world);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        record(connection, world, seed, seconds);
        connection.commit();
      } catch (RuntimeException | SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("synthetic data could not be written: " + e.getMessage(), e);
    }
    analyze();
    double seconds = (System.nanoTime() - started) / 1e9;
    audit.record(
        AuditRecord.of("SYNTHETIC_DATA_GENERATED", "synthetic-dataset", scale.label())
            .withDetails(
                firstYear + "-" + lastYear + " seed " + seed + ", " + world.totalRows() + " rows"));
    return new Dataset(
        scale, firstYear, lastYear, seed, world.totalRows(), seconds, false, world.rows());
  }

  /** The dataset already here, if it is the one asked for; another one is refused. */
  private static Dataset same(Dataset d, Scale scale, int firstYear, int lastYear, long seed) {
    if (d.scale() == scale
        && d.firstYear() == firstYear
        && d.lastYear() == lastYear
        && d.seed() == seed) {
      return d;
    }
    throw new IllegalStateException(
        "this database already holds the synthetic dataset %s %d-%d seed %d; use a fresh data directory for another"
            .formatted(d.scale().label(), d.firstYear(), d.lastYear(), d.seed()));
  }

  /** Notes in the database which dataset it holds, in the generating transaction. */
  private static void record(Connection connection, SyntheticWorld world, long seed, double seconds)
      throws SQLException {
    try (var insert =
        connection.prepareStatement(
            """
                insert into synthetic_dataset (id, scale, first_year, last_year, seed,
                total_rows, seconds, generated_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, world.scale().name());
      insert.setInt(3, world.firstYear());
      insert.setInt(4, world.lastYear());
      insert.setLong(5, seed);
      insert.setLong(6, world.totalRows());
      insert.setDouble(7, Math.round(seconds * 100) / 100.0);
      insert.setObject(8, java.sql.Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
  }

  /** Fresh statistics for the planner after a bulk load; a failure only slows queries. */
  private void analyze() {
    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("vacuum analyze");
    } catch (SQLException e) {
      log.warn("analyze after generation failed: {}", e.getMessage());
    }
  }
}
