package org.koldoo.audit.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

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
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One line of the file as written: the entry, its hash, the time and the MAC over them. */
  @JsonPropertyOrder({"entry", "hash", "at", "mac"})
  record Line(long entry, String hash, String at, String mac) {

    boolean complete() {
      if (entry <= 0 || hash == null || at == null || mac == null) {
        return false;
      }
      try {
        Instant.parse(at);
        return true;
      } catch (java.time.format.DateTimeParseException notATime) {
        return false;
      }
    }
  }

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
        JSON.writeValueAsString(
            new Line(entry, hash, at.toString(), key.checkpoint(entry + "|" + hash + "|" + at)));
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
      for (String text : Files.readAllLines(source, StandardCharsets.UTF_8)) {
        Line line = parsed(text);
        if (line == null) {
          continue; // not a checkpoint of ours: like one whose MAC fails, it proves nothing
        }
        String signed = line.entry() + "|" + line.hash() + "|" + line.at();
        boolean authentic = key.checkpoint(signed).equals(line.mac());
        checkpoints.add(
            new Checkpoint(line.entry(), line.hash(), Instant.parse(line.at()), authentic));
      }
    } catch (IOException | RuntimeException e) {
      log.error("Audit checkpoints could not be read from {}: {}", source, e.getMessage());
    }
    return checkpoints;
  }

  /** The line as a checkpoint, or null when it is no complete checkpoint. */
  private static Line parsed(String text) {
    try {
      Line line = JSON.readValue(text, Line.class);
      return line != null && line.complete() ? line : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
