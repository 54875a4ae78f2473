package org.koldoo.audit.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the audit chain, kept outside the database: every minute in which the trail
 * grew, the newest entry's id and hash, the time and a MAC under the audit key are appended (and
 * flushed to disk) to {@code <data dir>/audit/checkpoints.log} and written to the log. Deleting the
 * newest entries and moving the chain head back, or emptying the trail, leaves the database
 * self-consistent, but not consistent with these lines.
 */
@Component
class AuditCheckpoints {

  private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
  private static final Pattern LINE =
      Pattern.compile(
          "\\{\"entry\":(\\d+),\"hash\":\"([0-9a-f]{64})\",\"at\":\"([^\"]+)\",\"mac\":\"([0-9a-f]{64})\"}");

  /** A checkpoint as read back; {@code authentic} when its MAC checks out under our key. */
  record Checkpoint(long entry, String hash, Instant at, boolean authentic) {}

  private final JdbcClient jdbc;
  private final AuditKey key;
  private final Clock clock;
  private final Path file;
  private long lastWritten = -1;

  AuditCheckpoints(JdbcClient jdbc, AuditKey key, Clock clock, Environment environment) {
    this.jdbc = jdbc;
    this.key = key;
    this.clock = clock;
    String configured = environment.getProperty("koldoo.audit.checkpoint-file", "");
    this.file =
        configured.isBlank()
            ? Path.of(environment.getProperty("koldoo.data-dir", "./data"))
                .resolve("audit")
                .resolve("checkpoints.log")
            : Path.of(configured);
  }

  Path file() {
    return file;
  }

  /** Writes a checkpoint of the current head if the trail grew since the last one. */
  @Scheduled(
      initialDelayString = "${koldoo.audit.checkpoint-interval:60s}",
      fixedDelayString = "${koldoo.audit.checkpoint-interval:60s}")
  synchronized void write() {
    var head =
        jdbc.sql("select last_id, last_hash from audit_chain_head where singleton")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    if (head.isEmpty() || (Long) head.get()[0] == 0 || (Long) head.get()[0] == lastWritten) {
      return;
    }
    long entry = (Long) head.get()[0];
    String hash = ((String) head.get()[1]).strip();
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    String line =
        org.koldoo.platform.cli.Json.write(
            org.koldoo.platform.cli.Json.object(
                "entry",
                entry,
                "hash",
                hash,
                "at",
                at.toString(),
                "mac",
                key.checkpoint(entry + "|" + hash + "|" + at)));
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel out =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        out.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        out.force(true);
      }
      lastWritten = entry;
      log.info("Audit checkpoint {}", line);
    } catch (IOException e) {
      log.error("Audit checkpoint could not be written to {}: {}", file, e.getMessage());
    }
  }

  /** The checkpoints of a file, in order; none if it does not exist. */
  List<Checkpoint> read(Path source) {
    List<Checkpoint> checkpoints = new ArrayList<>();
    if (source == null || !Files.exists(source)) {
      return checkpoints;
    }
    try {
      for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.find()) {
          continue;
        }
        long entry = Long.parseLong(m.group(1));
        String hash = m.group(2);
        String at = m.group(3);
        boolean authentic = key.checkpoint(entry + "|" + hash + "|" + at).equals(m.group(4));
        checkpoints.add(new Checkpoint(entry, hash, Instant.parse(at), authentic));
      }
    } catch (IOException | RuntimeException e) {
      log.error("Audit checkpoints could not be read from {}: {}", source, e.getMessage());
    }
    return checkpoints;
  }
}
