package org.koldoo.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code help} and a mistyped command are answered before anything starts: the application they are
 * given here fails the moment it is started, so an answer proves nothing was.
 */
class CommandLauncherTests {

  /** An application that cannot start. */
  static class Unstartable {
    Unstartable() {
      throw new IllegalStateException("the application was started");
    }
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return CommandLauncher.run(Unstartable.class, args);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }

  @Test
  void help_lists_every_command_without_starting_the_application() {
    assertThat(run("help")).isZero();
    String usage = out.toString(StandardCharsets.UTF_8);
    for (OperatorCommand command : OperatorCommand.values()) {
      assertThat(usage)
          .contains("java -jar koldoo.jar " + String.join(" ", command.words()))
          .contains(command.usage());
    }
    assertThat(usage).contains("java -jar koldoo.jar bench dice: time the Dice kernel");
    for (String asked : new String[] {"--help", "-h"}) {
      out.reset();
      assertThat(run(asked)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(usage);
    }
    out.reset();
    assertThat(run("help", "keys")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(usage);
    assertThat(CommandLauncher.isCommand(new String[] {"--help"})).isTrue();
  }

  @Test
  void a_mistyped_command_is_refused_with_the_usage_and_nothing_starts() {
    assertThat(run("audit", "verfy")).isEqualTo(2);
    assertThat(run("bench", "reports")).isEqualTo(2);
    // a real command does start it: the control that makes the two answers above mean something
    assertThatThrownBy(() -> run("keys", "status"))
        .hasRootCauseMessage("the application was started");
  }

  @Test
  void the_refusal_names_what_was_typed_and_lists_the_commands() {
    run("retention", "now");
    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(said).contains("Unknown command: retention now").contains("retention run");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void the_longest_matching_words_select_the_command() {
    assertThat(OperatorCommand.selectedBy(List.of("bench", "import", "--rows", "10")))
        .contains(OperatorCommand.BENCH_IMPORT);
    assertThat(OperatorCommand.selectedBy(List.of("keys", "rotate")))
        .contains(OperatorCommand.KEYS);
    assertThat(OperatorCommand.selectedBy(List.of("bench"))).isEmpty();
    assertThat(OperatorCommand.selectedBy(List.of())).isEmpty();
    assertThat(CommandLauncher.isCommand(new String[] {"retention", "run"})).isTrue();
    assertThat(CommandLauncher.isCommand(new String[] {"--server.port=8080"})).isFalse();
  }
}
