package org.koldoo.platform.database;

import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * The database's part of health and readiness ({@code db}), checked as Spring Boot checks it, but
 * told in the log once when the database stops answering and once when it answers again. Spring
 * Boot's own indicator logs a WARN with a stack trace of some 220 lines at every probe: a load
 * balancer probing every two seconds wrote 4,400 lines in 20 s of an outage, and an hour of it
 * would bury what caused it.
 */
@Component("dbHealthIndicator")
class DatabaseHealth extends DataSourceHealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

  private final AtomicBoolean unreachable = new AtomicBoolean();

  DatabaseHealth(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    String reason = null;
    try {
      super.doHealthCheck(builder);
      if (Status.DOWN.equals(builder.build().getStatus())) {
        reason = "its connection is not valid";
      }
    } catch (Exception failed) {
      reason = reason(failed);
      builder.down().withDetail("error", reason);
    }
    if (reason != null && unreachable.compareAndSet(false, true)) {
      log.warn(
          "The database does not answer ({}): requests are answered 503 and readiness is DOWN"
              + " until it does",
          reason);
    } else if (reason == null && unreachable.compareAndSet(true, false)) {
      log.info("The database answers again");
    }
  }

  /** The innermost cause, which names what failed (a refused connection, a time-out …). */
  private static String reason(Exception failed) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(failed);
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
  }
}
