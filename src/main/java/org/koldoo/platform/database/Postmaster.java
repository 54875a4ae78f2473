package org.koldoo.platform.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A PostgreSQL server seen from outside: whether one runs on a data directory and answers. */
final class Postmaster {

  private Postmaster() {}

  /** The port of a server already running on this data directory, if any. */
  static Integer runningPort(Path data) {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return null;
    }
    try {
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.size() < 4) {
        return null;
      }
      int port = Integer.parseInt(lines.get(3).trim());
      return processAlive(lines) && accepts(port, Duration.ofSeconds(2)) ? port : null;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  /** Whether a server's process runs on this data directory, answering or not (busy, starting). */
  static boolean alive(Path data) {
    try {
      return processAlive(Files.readAllLines(data.resolve("postmaster.pid")));
    } catch (IOException | RuntimeException e) {
      return false; // no lock file (stopped), or one being written: looked at again later
    }
  }

  /** Whether the process named on the first line of {@code postmaster.pid} runs. */
  private static boolean processAlive(List<String> pidFile) {
    long pid = Long.parseLong(pidFile.get(0).trim());
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  static boolean accepts(int port, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    do {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 500);
        return true;
      } catch (IOException e) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    } while (System.nanoTime() < deadline);
    return false;
  }
}
