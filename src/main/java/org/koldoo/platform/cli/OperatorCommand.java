package org.koldoo.platform.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every operator command, known before anything starts: {@code help} and a mistyped command are
 * answered at once, without starting the application or its database (which a command's run does).
 * A module's {@link KoldooCommand} bean names the entry it runs; the benchmarks marked {@code
 * standalone} run without the application.
 */
public enum OperatorCommand {
  AUDIT_VERIFY(
      "audit verify",
      "[--checkpoint FILE]: check the audit trail's keyed chain and the signed checkpoints"
          + " (default FILE <data dir>/audit/checkpoints.log); prints"
          + " {\"valid\",\"entries\",\"firstBrokenEntry\",\"checkpoints\"}"),
  BACKUP(
      "backup",
      "--to FILE [--public-key PEM]: write the database, the privacy and audit keys and the"
          + " audit checkpoints into one archive sealed with KOLDOO_BACKUP_PASSPHRASE"
          + " (or --passphrase-file FILE) or an RSA public key; prints"
          + " {\"file\",\"schemaVersion\",\"tables\",\"bytes\",\"seconds\"}"),
  RESTORE(
      "restore",
      "--from FILE [--private-key PEM]: bring a backup up on a fresh data directory"
          + " (KOLDOO_DATA_DIR) or an empty PostgreSQL, then verify its audit chain; prints"
          + " {\"restored\",\"schemaVersion\",\"tables\",\"rows\",\"auditValid\",\"auditEntries\"}"),
  KEYS(
      "keys",
      "status | rotate | reseal [--batches N] | retire ID: the privacy keys, how many values"
          + " each seals, a new active key, sealing again under it, retiring an unused key"),
  RETENTION_RUN(
      "retention run",
      "[--dry-run] [--period P5Y]: erase (or list) the identities of cases closed longer than"
          + " KOLDOO_RETENTION_IDENTITY_AFTER; prints"
          + " {\"period\",\"closedUpTo\",\"due\",\"erased\",\"cases\"}"),
  IMPORT(
      "import",
      "--kind K --file F --user U [--commit] | --resume ID --user U: import a sheet as U; prints"
          + " {\"id\",\"status\",\"rows\",\"created\",\"updated\",\"unchanged\",\"invalid\","
          + "\"problemsTotal\",\"problems\"} (each problem's row, column, value and reason)"),
  GENERATE(
      "generate", "--scale national|100x --years 2019-2021 --seed N: load the synthetic dataset"),
  BENCH_REPORT(
      "bench report",
      "[--scale national|100x] [--years 2019-2021] [--seed N]: time the annual report"),
  BENCH_IMPORT(
      "bench import",
      "[--rows 10000] [--kind victim-cases|hotline-calls] [--seed N]: time a spreadsheet"
          + " import (on a throwaway database)"),
  BENCH_API(
      "bench api",
      "[--clients 8] [--seconds 20]: serve Koldoo on a throwaway database and time its reads"),
  BENCH_LINKAGE(
      "bench linkage",
      "--left A.csv --right B.csv | --dedupe FILE.csv | --generate N [--automatic 0.99]"
          + " [--review 0.2] [--seed 1]: precision, recall and speed of the linkage"),
  BENCH_DICE("bench dice", ": time the Dice kernel (JMH)");

  private final List<String> words;
  private final String usage;

  OperatorCommand(String words, String usage) {
    this.words = List.of(words.split(" "));
    this.usage = usage;
  }

  /** The words that select the command, e.g. {@code ["audit", "verify"]}. */
  public List<String> words() {
    return words;
  }

  /** Its options and what it does, one line. */
  public String usage() {
    return usage;
  }

  /** Whether it runs without the application (the benchmarks that need no database). */
  public boolean standalone() {
    return this == BENCH_API || this == BENCH_LINKAGE || this == BENCH_DICE;
  }

  /** The command the arguments select: its words lead them. */
  public static Optional<OperatorCommand> selectedBy(List<String> arguments) {
    return Arrays.stream(values())
        .filter(
            c ->
                arguments.size() >= c.words.size()
                    && arguments.subList(0, c.words.size()).equals(c.words))
        .max(Comparator.comparingInt(c -> c.words.size()));
  }

  /** The usage text {@code help} prints: every command, one line each, sorted by its words. */
  public static String usageText() {
    return Arrays.stream(values())
        .sorted(Comparator.comparing(c -> String.join(" ", c.words)))
        .map(
            c ->
                "  java -jar koldoo.jar "
                    + String.join(" ", c.words)
                    + (c.usage.startsWith(":") ? "" : " ")
                    + c.usage)
        .collect(
            Collectors.joining(System.lineSeparator(), "Commands:" + System.lineSeparator(), ""));
  }
}
