package org.koldoo.platform.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.koldoo.platform.backup.BackupArguments;
import org.koldoo.platform.backup.RestorePreparation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Decides whether the process serves the web application or runs one command, and runs it with the
 * same configuration and database as the server but without the web layer.
 */
public final class CommandLauncher {

  /** First words that select a command rather than start the server. */
  private static final Set<String> COMMAND_GROUPS =
      java.util.stream.Stream.concat(
              Stream.of("help", "--help", "-h"),
              java.util.Arrays.stream(OperatorCommand.values()).map(c -> c.words().get(0)))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** What asks for the list of commands, with anything after it. */
  private static final Set<String> HELP = Set.of("help", "--help", "-h");

  private CommandLauncher() {}

  public static boolean isCommand(String[] args) {
    return args.length > 0 && COMMAND_GROUPS.contains(args[0]);
  }

  public static int run(Class<?> application, String[] args) {
    List<String> words = Arrays.asList(args);
    if (words.isEmpty() || HELP.contains(words.get(0))) {
      System.out.println(OperatorCommand.usageText());
      return 0;
    }
    Optional<OperatorCommand> selected = OperatorCommand.selectedBy(words);
    if (selected.isEmpty()) {
      // answered before anything starts: a typing mistake costs no start of the application
      System.err.println("Unknown command: " + String.join(" ", args));
      System.err.println(OperatorCommand.usageText());
      return 2;
    }
    OperatorCommand command = selected.get();
    java.nio.file.Path throwaway = null;
    if (command == OperatorCommand.BENCH_IMPORT) {
      // the import benchmark writes thousands of records: never into the data directory
      if (System.getenv("SPRING_DATASOURCE_URL") != null) {
        System.err.println(
            "bench import runs on a throwaway embedded database: unset SPRING_DATASOURCE_URL");
        return 2;
      }
      try {
        throwaway = java.nio.file.Files.createTempDirectory("koldoo-bench-import");
        System.setProperty("koldoo.data-dir", throwaway.toString());
        try (var socket = new java.net.ServerSocket(0)) {
          System.setProperty("koldoo.db-port", Integer.toString(socket.getLocalPort()));
        }
      } catch (java.io.IOException e) {
        System.err.println("no temporary directory for the benchmark: " + e.getMessage());
        return 1;
      }
    }
    RestorePreparation.Prepared restoring = null;
    if (command == OperatorCommand.RESTORE) {
      try {
        restoring = prepareRestore(words.subList(1, words.size()));
      } catch (RestoreRefused refused) {
        return refused.exitCode;
      }
    }
    int exit = 1;
    try {
      exit = launch(application, command, words);
      return exit;
    } finally {
      if (restoring != null && exit != 0) {
        // a restore that loaded nothing leaves the data directory as it found it
        restoring.undoUnlessLoaded();
      }
      if (throwaway != null) {
        org.springframework.util.FileSystemUtils.deleteRecursively(throwaway.toFile());
      }
    }
  }

  /**
   * Puts the backup's keys and checkpoints into the data directory before the application reads
   * them, and has Flyway build the backup's schema version (and only in an empty database); an exit
   * code when that is refused.
   */
  private static RestorePreparation.Prepared prepareRestore(List<String> arguments)
      throws RestoreRefused {
    try {
      Path from =
          Path.of(
              KoldooCommand.option(arguments, "--from")
                  .orElseThrow(() -> new IllegalArgumentException("--from FILE is required")));
      String dataDir = System.getProperty("koldoo.data-dir", System.getenv("KOLDOO_DATA_DIR"));
      RestorePreparation.Prepared prepared =
          RestorePreparation.prepare(
              from,
              BackupArguments.key(arguments, "--private-key"),
              Path.of(dataDir == null ? "./data" : dataDir));
      System.setProperty("spring.flyway.target", prepared.manifest().schemaVersion());
      System.setProperty("koldoo.restore.pending", "true");
      return prepared;
    } catch (IllegalArgumentException e) {
      System.out.println(Json.write(Json.object("error", e.getMessage())));
      throw new RestoreRefused(2);
    } catch (java.io.IOException e) {
      System.out.println(Json.write(Json.object("error", "restore failed: " + IoFailure.of(e))));
      throw new RestoreRefused(1);
    }
  }

  /** A restore refused before the application starts, with the exit code that says why. */
  private static final class RestoreRefused extends Exception {
    private final int exitCode;

    RestoreRefused(int exitCode) {
      super(null, null, false, false);
      this.exitCode = exitCode;
    }
  }

  private static int launch(Class<?> application, OperatorCommand selected, List<String> words) {
    SpringApplication spring = new SpringApplication(application);
    spring.setWebApplicationType(WebApplicationType.NONE);
    spring.setDefaultProperties(
        Map.of(
            "koldoo.command", "true",
            "logging.level.root", "WARN",
            "logging.level.org.koldoo", "WARN",
            "spring.main.log-startup-info", "false"));
    ConfigurableApplicationContext started;
    try {
      started = spring.run();
    } catch (RuntimeException e) {
      CommandRefused refused = CommandRefused.in(e);
      if (refused == null) {
        throw e;
      }
      System.out.println(Json.write(Json.object("error", refused.getMessage())));
      return refused.exitCode();
    }
    try (ConfigurableApplicationContext context = started) {
      KoldooCommand command =
          context.getBeansOfType(KoldooCommand.class).values().stream()
              .filter(c -> c.command() == selected)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no bean runs " + selected));
      return command.run(words.subList(selected.words().size(), words.size()), System.out);
    }
  }
}
