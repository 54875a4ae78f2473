package org.koldoo.platform.database;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an embedded server this process owns again when its postmaster has gone while nobody
 * stopped it (killed, or ended by the system for want of memory). A single-server installation
 * otherwise answered 503 to everyone, its readiness down, until someone restarted Koldoo;
 * PostgreSQL recovers from its write-ahead log as after any crash, and the connection pool finds it
 * again. A start that fails (the old server's processes still ending) is tried again at the next
 * look, and said in the log at the 1st, 2nd, 4th, 8th … failure in a row.
 */
final class PostmasterWatch {

  private static final Logger log = LoggerFactory.getLogger(PostmasterWatch.class);

  /** How often the server is looked at. */
  static final Duration EVERY = Duration.ofSeconds(5);

  private PostmasterWatch() {}

  static void start(EmbeddedPostgresServer server, Duration every) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "embedded-postgres-watch");
              thread.setDaemon(true);
              return thread;
            });
    int[] failures = {0};
    timer.scheduleWithFixedDelay(
        () -> {
          if (server.stopped()) {
            timer.shutdown();
            return;
          }
          try {
            if (server.startAgainIfGone()) {
              failures[0] = 0;
            }
          } catch (IOException | RuntimeException e) {
            failures[0]++;
            if (Integer.bitCount(failures[0]) == 1) {
              log.warn(
                  "Embedded PostgreSQL could not be started again ({} tries): {}",
                  failures[0],
                  e.getMessage());
            }
          }
        },
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }
}
