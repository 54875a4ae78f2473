package org.koldoo.victims.internal;

import java.io.PrintStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.springframework.stereotype.Component;

/**
 * {@code retention run [--dry-run] [--period P5Y]}: lists (dry run) or erases the identities of
 * cases closed longer than the retention period; prints one JSON object with the cases by number
 * and pseudonym, never by name.
 */
@Component
class RetentionCommand implements KoldooCommand {

  private final IdentityRetention retention;

  RetentionCommand(IdentityRetention retention) {
    this.retention = retention;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.RETENTION_RUN;
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    boolean dryRun = arguments.contains("--dry-run");
    Optional<String> given;
    Period period;
    try {
      given = KoldooCommand.option(arguments, "--period");
      period = given.isPresent() ? Period.parse(given.get()) : retention.period().orElse(null);
    } catch (IllegalArgumentException e) {
      out.println(Json.write(Json.object("error", e.getMessage())));
      return 2;
    } catch (DateTimeParseException e) {
      out.println(Json.write(Json.object("error", "--period is an ISO period such as P5Y")));
      return 2;
    }
    if (period != null && (period.isNegative() || period.isZero())) {
      out.println(
          Json.write(
              Json.object("error", "the retention period must be longer than zero: " + period)));
      return 2;
    }
    if (period == null) {
      out.println(
          Json.write(
              Json.object(
                  "error",
                  "no retention period: set KOLDOO_RETENTION_IDENTITY_AFTER (e.g. P5Y) or give"
                      + " --period")));
      return 2;
    }
    if (!dryRun && given.isPresent() && retention.period().filter(period::equals).isEmpty()) {
      out.println(
          Json.write(
              Json.object(
                  "error",
                  "--period only lists (--dry-run): erasing follows the configured period")));
      return 2;
    }
    IdentityRetention.Outcome outcome = retention.run(period, dryRun);
    out.println(
        Json.write(
            Json.object(
                "period", outcome.period().toString(),
                "closedUpTo", outcome.closedUpTo().toString(),
                "dryRun", dryRun,
                "due", outcome.due(),
                "erased", outcome.erased(),
                "cases",
                    outcome.cases().stream()
                        .map(
                            c ->
                                Json.object(
                                    "caseNumber", c.caseNumber(),
                                    "pseudonym", c.pseudonym(),
                                    "closedOn", c.closedOn().toString()))
                        .toList())));
    return 0;
  }
}
