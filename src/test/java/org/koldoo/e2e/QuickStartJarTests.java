package org.koldoo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as an operator runs it, {@code java -jar koldoo.jar}: the server runs in the
 * quick-start JVM, a stop signal to the launching JVM stops it and keeps the class archive, the
 * next start maps that archive, and killing the launching JVM does not leave the server running.
 * Needs the packaged jar, so it runs after {@code package} with the browser tests ({@code -Pe2e}).
 */
class QuickStartJarTests {

  private static final Duration START = Duration.ofMinutes(3);

  @TempDir Path folder;

  private Process launcher;
  private ProcessHandle server;

  /** Even when an assertion failed: the server stops its embedded PostgreSQL as it stops. */
  @AfterEach
  void leaveNothingRunning() throws Exception {
    if (launcher != null) {
      launcher.destroyForcibly();
    }
    if (server != null && server.isAlive()) {
      server.destroy();
      try {
        server.onExit().get(1, TimeUnit.MINUTES);
      } catch (java.util.concurrent.TimeoutException stuck) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void the_jar_serves_from_a_quick_start_jvm_that_stops_with_it() throws Exception {
    Path jar = Files.copy(Path.of("target", "koldoo.jar"), folder.resolve("koldoo.jar"));
    Path data = folder.resolve("data");
    int port = PackagedJar.freePort();
    int dbPort = PackagedJar.freePort();

    launcher = start(jar, data, port, dbPort, "first.log");
    awaitUp(port, "first.log");
    server = server(launcher).orElseThrow();
    assertThat(arguments(server)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));

    launcher.destroy(); // SIGTERM, as a service manager or `kill` sends it
    assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).as("the launcher stops").isTrue();
    assertThat(launcher.exitValue()).isEqualTo(143);
    assertThat(server.isAlive()).as("the server stopped with it").isFalse();
    assertThat(archives(jar)).hasSize(1);
    assertThat(Files.readString(folder.resolve("first.log")))
        .contains("preparing the quick start")
        .doesNotContain("[warning][cds]", "[error]");

    launcher = start(jar, data, port, dbPort, "second.log");
    awaitUp(port, "second.log");
    server = server(launcher).orElseThrow();
    assertThat(arguments(server))
        .contains("-XX:TieredStopAtLevel=1")
        .anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));

    launcher.destroyForcibly(); // the launcher killed: it cannot stop the server itself
    assertThat(server.onExit().get(1, TimeUnit.MINUTES).isAlive())
        .as("the server stops when its launcher is gone")
        .isFalse();
    assertThat(Files.readString(folder.resolve("second.log")))
        .contains("the launching process ended")
        .doesNotContain("preparing the quick start");
  }

  @Test
  void the_jars_entry_point_hands_the_commands_to_spring_boots_launcher() throws Exception {
    Path jar = Path.of("target", "koldoo.jar");
    try (var file = new java.util.jar.JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.koldoo.platform.launch.JarMain");
      assertThat(file.getEntry("org/koldoo/platform/launch/QuickStart.class"))
          .as("the quick start runs from the jar's root, before any nested library is opened")
          .isNotNull();
    }
    Path log = folder.resolve("help.log");
    Process help =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "help")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(help.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(help.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log))
        .contains("Commands:", "java -jar koldoo.jar backup --to FILE");
  }

  private Process start(Path jar, Path data, int port, int dbPort, String log) throws IOException {
    return PackagedJar.command(jar, data, port, dbPort, folder.resolve(log)).start();
  }

  private void awaitUp(int port, String log) throws Exception {
    PackagedJar.await(
        launcher,
        "http://localhost:" + port + "/actuator/health",
        answer -> answer.body().contains("\"UP\""),
        START,
        folder.resolve(log));
  }

  private static Optional<ProcessHandle> server(Process launcher) {
    return launcher
        .children()
        .filter(child -> arguments(child).contains("-Dkoldoo.launcher.child=true"))
        .findFirst();
  }

  private static List<String> arguments(ProcessHandle process) {
    return process.info().arguments().map(List::of).orElse(List.of());
  }

  private static List<Path> archives(Path jar) throws IOException {
    try (Stream<Path> files = Files.walk(jar.resolveSibling("koldoo-start"))) {
      return files.filter(f -> f.getFileName().toString().startsWith("classes.jsa")).toList();
    }
  }

  private static String tail(String output) {
    return output.substring(Math.max(0, output.length() - 4000));
  }
}
