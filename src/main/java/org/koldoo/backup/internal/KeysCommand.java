package org.koldoo.backup.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.cli.IoFailure;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.security.Actor;
import org.koldoo.privacy.KeyRotation;
import org.springframework.stereotype.Component;

/**
 * {@code keys status|rotate|reseal|retire ID}: the privacy keys' life. A rotation makes a new key
 * active (a running Koldoo takes it within half a minute and seals everything again under it in the
 * background); {@code reseal} does that sealing here and now, resumably; a key is retired only when
 * it seals nothing any more.
 */
@Component
class KeysCommand implements KoldooCommand {

  private final KeyRotation rotation;
  private final AuditTrail audit;
  private final Clock clock;

  KeysCommand(KeyRotation rotation, AuditTrail audit, Clock clock) {
    this.rotation = rotation;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.KEYS;
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    String what = arguments.isEmpty() ? "status" : arguments.get(0);
    try {
      return switch (what) {
        case "status" -> status(out);
        case "rotate" -> rotate(out);
        case "reseal" -> reseal(arguments, out);
        case "retire" -> retire(arguments, out);
        default -> {
          out.println(Json.write(Json.object("error", "keys " + description())));
          yield 2;
        }
      };
    } catch (IOException e) {
      out.println(Json.write(Json.object("error", IoFailure.of(e))));
      return 1;
    } catch (IllegalStateException e) {
      out.println(Json.write(Json.object("error", e.getMessage())));
      return 1;
    } catch (IllegalArgumentException e) {
      out.println(Json.write(Json.object("error", e.getMessage())));
      return 2;
    }
  }

  private int status(PrintStream out) {
    out.println(
        Json.write(
            Json.object(
                "active", rotation.activeKeyId(),
                "keys", rotation.keyIds().stream().sorted().toList(),
                "local", rotation.local(),
                "sealed", rotation.sealedPerKey())));
    return 0;
  }

  private int rotate(PrintStream out) throws IOException {
    if (!rotation.local()) {
      throw new IllegalStateException(
          "the keys come from the environment: add a new key to KOLDOO_PRIVACY_KEYS on every"
              + " instance, then set KOLDOO_PRIVACY_ACTIVE_KEY to it and restart them one at a"
              + " time; each seals the rest again by itself");
    }
    String id = rotation.rotate(Instant.now(clock));
    long old = rotation.underOldKeys();
    audit.record(
        new Actor("cli", null),
        AuditRecord.of("PRIVACY_KEY_ROTATED", "privacy-key", null)
            .withDetails("%s active; %d values under older keys".formatted(id, old)));
    out.println(Json.write(Json.object("active", id, "underOlderKeys", old)));
    return 0;
  }

  private int reseal(List<String> arguments, PrintStream out) {
    int batches;
    try {
      batches = KoldooCommand.option(arguments, "--batches").map(Integer::parseInt).orElse(0);
    } catch (NumberFormatException e) {
      batches = -1;
    }
    if (batches < 0) {
      throw new IllegalArgumentException("--batches is a whole number: 0 (all) or more");
    }
    KeyRotation.Pass pass = rotation.reseal(batches);
    long left = rotation.underOldKeys();
    if (pass.resealed() > 0) {
      audit.record(
          new Actor("cli", null),
          AuditRecord.of("PRIVACY_VALUES_RESEALED", "privacy-key", null)
              .withDetails(
                  "%d values under %s; %d did not open; %d left under older keys"
                      .formatted(
                          pass.resealed(), rotation.activeKeyId(), pass.unreadable(), left)));
    }
    out.println(
        Json.write(
            Json.object(
                "resealed", pass.resealed(),
                "unreadable", pass.unreadable(),
                "underOlderKeys", left)));
    return 0;
  }

  private int retire(List<String> arguments, PrintStream out) throws IOException {
    if (arguments.size() < 2) {
      throw new IllegalArgumentException("keys retire ID");
    }
    String id = arguments.get(1);
    long left = rotation.retire(id);
    if (left > 0) {
      out.println(
          Json.write(
              Json.object(
                  "error",
                  "key %s still seals %d values: run keys reseal first".formatted(id, left),
                  "left",
                  left)));
      return 1;
    }
    audit.record(
        new Actor("cli", null),
        AuditRecord.of("PRIVACY_KEY_RETIRED", "privacy-key", null).withDetails(id));
    out.println(
        Json.write(
            Json.object(
                "retired",
                id,
                "note",
                rotation.local()
                    ? "removed from the local key file"
                    : "remove it from KOLDOO_PRIVACY_KEYS on every instance")));
    return 0;
  }
}
