package org.koldoo.platform.database;

import org.koldoo.platform.web.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a scheduled task's failure writes to the log. While the database cannot be reached (a
 * failover, a restart of PostgreSQL) the audit checkpoints and the chain's check fail every run
 * until it is back, and the next run does their work: one WARN line each, not a stack trace. Any
 * other failure stays an ERROR with its stack trace, as Spring writes it by default.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledTaskErrors {

  private static final Logger log = LoggerFactory.getLogger(ScheduledTaskErrors.class);

  @Bean
  ThreadPoolTaskSchedulerCustomizer scheduledTaskErrorHandler() {
    return scheduler -> scheduler.setErrorHandler(ScheduledTaskErrors::handle);
  }

  static void handle(Throwable failure) {
    if (DatabaseFaults.unavailable(failure)) {
      log.warn(
          "A scheduled task could not run now, the database cannot be reached: {}",
          failure.toString());
    } else {
      log.error("Unexpected error occurred in scheduled task", failure);
    }
  }
}
