package org.koldoo.platform.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * An operator command run as {@code java -jar koldoo.jar <words…> [options]} instead of the web
 * server, e.g. {@code audit verify}. Modules contribute commands as beans.
 */
public interface KoldooCommand {

  /** Which of the operator commands this bean runs. */
  OperatorCommand command();

  /** Its options and what it does, one line. */
  default String description() {
    return command().usage();
  }

  /**
   * Runs the command.
   *
   * @param arguments what followed the command words
   * @param out where the command's result goes (one JSON object for machine-read commands)
   * @return the process exit code
   */
  int run(List<String> arguments, PrintStream out);

  /**
   * The value after {@code option} in a command's arguments, if the option is there; an option
   * given without a value is refused rather than read as absent.
   *
   * @throws IllegalArgumentException naming the option when its value is missing
   */
  static Optional<String> option(List<String> arguments, String option) {
    int at = arguments.indexOf(option);
    if (at < 0) {
      return Optional.empty();
    }
    if (at + 1 >= arguments.size() || arguments.get(at + 1).startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return Optional.of(arguments.get(at + 1));
  }
}
