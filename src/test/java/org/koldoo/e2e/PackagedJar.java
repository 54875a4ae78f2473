package org.koldoo.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * The built jar started as an operator starts it, for the tests that run it ({@code *JarTests}).
 */
final class PackagedJar {

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

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
