package org.koldoo.platform.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the settings are read, so the
 * server comes up while the application context is being built instead of after half of it: the
 * server's start is mostly waiting on another process, which a 2-core machine can overlap with the
 * context's work. The {@code embeddedPostgresServer} bean then takes the running server; a start
 * that failed fails that bean exactly as a start inside it would.
 *
 * <p>Registered by the server's {@code main} only: commands and tests start their database in the
 * bean as before. A server started here and never taken (the context failed earlier) is stopped
 * when the start fails.
 */
public final class EarlyDatabaseStart implements ApplicationListener<SpringApplicationEvent> {

  private record Started(
      Path directory, int port, CompletableFuture<EmbeddedPostgresServer> server) {}

  private static final AtomicReference<Started> started = new AtomicReference<>();

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      start(prepared.getEnvironment());
    } else if (event instanceof ApplicationFailedEvent) {
      stopUnclaimed();
    }
  }

  private static void start(Environment environment) {
    ServerLock.take(
        Path.of(environment.getProperty("koldoo.data-dir", DatabaseProperties.DATA_DIR)));
    if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
      return; // an external database: nothing of ours to start
    }
    Path directory;
    int port;
    try {
      directory =
          postgresDirectory(
              environment.getProperty("koldoo.data-dir", DatabaseProperties.DATA_DIR));
      port = environment.getProperty("koldoo.db-port", Integer.class, DatabaseProperties.PORT);
    } catch (RuntimeException unreadable) {
      return; // the settings' own binding reports it, with the setting at fault
    }
    CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
    if (!started.compareAndSet(null, new Started(directory, port, server))) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                server.complete(startServer(directory, port));
              } catch (Throwable e) { // whatever it is, the bean waiting on it must hear of it
                server.completeExceptionally(e);
              }
            },
            "embedded-postgres-start");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * A context that failed before its database bean took the server: once the server's start is
   * over, it is stopped, so no PostgreSQL is left running for the next start to find and adopt.
   */
  private static void stopUnclaimed() {
    Started early = started.getAndSet(null);
    if (early == null) {
      return; // taken: the failed context closes it with its other beans
    }
    try {
      early.server().get(2, TimeUnit.MINUTES).close();
    } catch (ExecutionException e) {
      // the start failed: nothing is running
    } catch (TimeoutException e) {
      // still starting after two minutes: the server's own shutdown hook stops it at exit
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The server started early for this directory and port, waiting for its start to finish. */
  static Optional<EmbeddedPostgresServer> take(Path directory, int port) throws IOException {
    Started early = started.get();
    if (early == null
        || !early.directory().equals(normalised(directory))
        || early.port() != port
        || !started.compareAndSet(early, null)) {
      return Optional.empty();
    }
    try {
      return Optional.of(early.server().join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  static Path postgresDirectory(String dataDir) {
    return normalised(Path.of(dataDir).resolve("postgres"));
  }

  static EmbeddedPostgresServer startServer(Path directory, int port) throws IOException {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, port);
    server.ensureDatabase(DatabaseConfiguration.DATABASE);
    return server;
  }

  private static Path normalised(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
