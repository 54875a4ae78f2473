package org.koldoo.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The built jar started as an operator starts it, for the tests that run it ({@code *JarTests}).
 */
final class PackagedJar {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PackagedJar() {}

  /**
   * {@code java -jar jar --server.port=port} on the data directory and database port given, with
   * the quick start as an operator gets it, its output (both streams) into {@code log}; the caller
   * may add to its environment before starting it.
   */
  static ProcessBuilder command(Path jar, Path data, int port, int dbPort, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("KOLDOO_DATA_DIR", data.toString());
    builder.environment().put("KOLDOO_DB_PORT", Integer.toString(dbPort));
    builder.environment().remove("KOLDOO_QUICK_START");
    return builder;
  }

  /**
   * Waits until {@code address} answers as {@code ready} says, while the launcher lives, for at
   * most {@code within}; else fails with the end of the jar's output.
   */
  static void await(
      Process launcher,
      String address,
      Predicate<HttpResponse<String>> ready,
      Duration within,
      Path log)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline) && launcher.isAlive()) {
      try {
        if (ready.test(HTTP.send(request, HttpResponse.BodyHandlers.ofString()))) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    String output = Files.readString(log);
    throw new AssertionError(
        "no answer from "
            + address
            + "; the output ends:\n"
            + output.substring(Math.max(0, output.length() - 4000)));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
