package org.koldoo.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What PostgreSQL wrote in its log about a start that failed: {@code pg_ctl} itself only says
 * "could not start server, examine the log output", and the reason (a port out of range or taken, a
 * data directory of another version…) is in the server's log.
 */
final class ServerLog {

  private ServerLog() {}

  /** How far the log is written now: a start's own lines come after. */
  static long end(Path log) {
    try {
      return Files.exists(log) ? Files.size(log) : 0;
    } catch (IOException unreadable) {
      return 0;
    }
  }

  /** The failure of a start, with PostgreSQL's own reason when its log written since has one. */
  static IOException explained(IOException failed, Path log, long from) {
    String reason = reasonSince(log, from);
    return reason.isEmpty()
        ? failed
        : new IOException("PostgreSQL did not start: " + reason + " (see " + log + ")", failed);
  }

  /**
   * The log's fatal lines, those saying what could not be bound and PostgreSQL's hints, written
   * after {@code from}, without their time stamps.
   */
  static String reasonSince(Path log, long from) {
    if (!Files.isRegularFile(log)) {
      return "";
    }
    try (InputStream in = Files.newInputStream(log)) {
      in.skipNBytes(Math.min(from, Files.size(log)));
      List<String> lines =
          new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8).lines().toList();
      return lines.stream()
          .filter(
              line ->
                  line.contains("FATAL:")
                      || line.contains("HINT:")
                      || line.contains("could not bind"))
          .map(line -> line.replaceFirst("^.*?(FATAL|HINT|LOG|ERROR|WARNING):\\s*", ""))
          .distinct()
          .collect(Collectors.joining("; "));
    } catch (IOException unreadable) {
      return "";
    }
  }
}
