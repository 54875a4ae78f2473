package org.koldoo.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the PostgreSQL 14 binaries shipped in zonky's Maven artifact as a local server whose data
 * lives in a directory of ours, so a fresh machine needs only a JDK.
 *
 * <p>We manage the process ourselves instead of using zonky's launcher for two reasons: PostgreSQL
 * refuses to run as root (CI and many containers run as root), so as root we drop to the
 * unprivileged {@code nobody} account with {@code setpriv}; and a server already running on the
 * same data directory (the application, while {@code audit verify} runs beside it) is reused
 * instead of failing on its lock.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  static final String SUPERUSER = "postgres";

  /** The {@code nobody} account, which PostgreSQL accepts as the owner of its processes. */
  static final String UNPRIVILEGED_ID = "65534";

  private final Path dataDirectory;
  private final int port;
  private final boolean owned;
  private boolean stopped;
  private final Path binaries;
  private final List<String> settings;
  private final java.util.concurrent.CountDownLatch closed =
      new java.util.concurrent.CountDownLatch(1);
  private volatile boolean closedByOwner;
  private OwnerLock ownerLock;

  /**
   * What a disposable server does without: waiting for the disk at each commit and guarding pages
   * against a torn write. A crash can then lose or corrupt the cluster, which is the point of being
   * disposable: a test JVM's database, thrown away when the JVM ends. And what it needs more of: a
   * test JVM keeps every application context it started (the whole application, each module's, two
   * instances side by side), each with its connection pool, beyond the default 100 clients.
   */
  private static final List<String> DISPOSABLE =
      List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300");

  private EmbeddedPostgresServer(
      Path dataDirectory, int port, boolean owned, Path binaries, List<String> settings) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.owned = owned;
    this.binaries = binaries;
    this.settings = settings;
  }

  /** Starts a server on {@code dataDirectory} (creating the cluster if needed) or joins one. */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
    return start(dataDirectory, port, List.of());
  }

  /**
   * Starts a server whose data may be lost in a crash (no {@code fsync}), for a database that is
   * thrown away anyway: the tests'. Never for data anyone keeps.
   */
  public static EmbeddedPostgresServer startDisposable(Path dataDirectory, int port)
      throws IOException {
    return start(dataDirectory, port, DISPOSABLE);
  }

  private static EmbeddedPostgresServer start(Path dataDirectory, int port, List<String> settings)
      throws IOException {
    Path data = dataDirectory.toAbsolutePath().normalize();
    Files.createDirectories(data);
    var owner = OwnerLock.tryTake(data);
    Integer running = Postmaster.runningPort(data);
    if (running != null && owner.isEmpty()) {
      log.info("Using the PostgreSQL server already running on {} (port {})", data, running);
      return new EmbeddedPostgresServer(data, running, false, null, List.of());
    }
    try {
      Path bin = PostgresBinaries.extractBinaries();
      EmbeddedPostgresServer server =
          new EmbeddedPostgresServer(data, running != null ? running : port, true, bin, settings);
      server.ownerLock = owner.orElse(null);
      if (running != null) {
        log.warn(
            "Taking over the PostgreSQL server that a stopped Koldoo left running on {} (port {}):"
                + " it stops with this one",
            data,
            running);
        server.stopAtExitToo();
        return server;
      }
      if (!Files.exists(data.resolve("PG_VERSION"))) {
        server.initdb();
      }
      server.startPostmaster();
      return server;
    } catch (IOException | RuntimeException e) {
      owner.ifPresent(OwnerLock::close);
      throw e;
    }
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** Creates {@code database} if it does not exist yet. */
  public void ensureDatabase(String database) throws IOException {
    try (var connection = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      if (!exists.executeQuery().next()) {
        try (var create = connection.createStatement()) {
          create.execute("create database \"%s\"".formatted(database.replace("\"", "")));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IOException("Cannot create database " + database + ": " + e.getMessage(), e);
    }
  }

  /**
   * The server is stopped by its owner when it closes (the application context, after its
   * connection pool): the process exit then waits for that instead of stopping the database under
   * the application's feet, which a stop at Ctrl-C did (closed connections, failed shutdown steps).
   */
  public void closedByOwner() {
    this.closedByOwner = true;
  }

  void stopAtExit() {
    if (closedByOwner) {
      try {
        closed.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    close();
  }

  @Override
  public synchronized void close() {
    // once only: the shutdown hook and an owner may both ask
    if (!owned || stopped) {
      closed.countDown();
      return;
    }
    stopped = true;
    try {
      run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w"));
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    } finally {
      if (ownerLock != null) {
        ownerLock.close();
      }
      closed.countDown();
    }
  }

  private void initdb() throws IOException {
    log.info("Creating a new PostgreSQL cluster in {}", dataDirectory);
    PostgresBinaries.handOverToServerUser(dataDirectory);
    run(
        List.of(
            bin("initdb"),
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "-D",
            dataDirectory.toString(),
            "-E",
            "UTF-8",
            "--locale=C"));
  }

  private void startPostmaster() throws IOException {
    launch();
    stopAtExitToo();
  }

  /** Starts the postmaster again if it has gone while this process owns it; whether it did. */
  synchronized boolean startAgainIfGone() throws IOException {
    if (!owned || stopped || Postmaster.alive(dataDirectory)) {
      return false;
    }
    log.warn("Embedded PostgreSQL on {} has gone: starting it again", dataDirectory);
    launch();
    return true;
  }

  synchronized boolean stopped() {
    return stopped;
  }

  private void launch() throws IOException {
    PostgresBinaries.handOverToServerUser(dataDirectory);
    StringBuilder options =
        new StringBuilder("-p ")
            .append(port)
            .append(" -c listen_addresses=localhost -c unix_socket_directories='' -c timezone=UTC");
    settings.forEach(setting -> options.append(" -c ").append(setting));
    Path logFile = dataDirectory.resolve("server.log");
    long logged = ServerLog.end(logFile);
    try {
      run(
          List.of(
              bin("pg_ctl"),
              "-D",
              dataDirectory.toString(),
              "-o",
              options.toString(),
              "-l",
              logFile.toString(),
              "-w",
              "-t",
              "60",
              "start"));
    } catch (IOException failed) {
      throw ServerLog.explained(failed, logFile, logged);
    }
    if (!Postmaster.accepts(port, Duration.ofSeconds(30))) {
      throw new IOException(
          "Embedded PostgreSQL did not accept connections on port " + port + "; see " + logFile);
    }
    log.info("Embedded PostgreSQL running on port {} with data in {}", port, dataDirectory);
  }

  /** Stopped at the exit of this process, and started again meanwhile should it go. */
  private void stopAtExitToo() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAtExit, "embedded-postgres-stop"));
    PostmasterWatch.start(this, PostmasterWatch.EVERY);
  }

  private String bin(String name) {
    return binaries.resolve("bin").resolve(name).toString();
  }

  private void run(List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(
          List.of(
              "setpriv",
              "--reuid=" + UNPRIVILEGED_ID,
              "--regid=" + UNPRIVILEGED_ID,
              "--clear-groups",
              "--"));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(
            "PostgreSQL command failed: " + String.join(" ", command) + "\n" + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while running " + command.get(0), e);
    }
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static String system() {
    String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
    return os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
  }

  static String arch() {
    String arch = System.getProperty("os.arch");
    return "amd64".equals(arch) ? "x86_64" : arch;
  }
}
