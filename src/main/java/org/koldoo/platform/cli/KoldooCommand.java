package org.koldoo.platform.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * An operator command run as {@code java -jar koldoo.jar <words…> [options]} instead of the web
 * server, e.g. {@code audit verify}. Modules contribute commands as beans.
 */
public interface KoldooCommand {

  /** The words that select this command, e.g. {@code ["audit", "verify"]}. */
  List<String> words();

  /** One line for the usage text. */
  String description();

  /**
   * Runs the command.
   *
   * @param arguments what followed the command words
   * @param out where the command's result goes (one JSON object for machine-read commands)
   * @return the process exit code
   */
  int run(List<String> arguments, PrintStream out);
}
