package org.koldoo.platform.cli;

/**
 * A command refused while the application starts for it, before it runs (a restore into a database
 * that holds data, say): the launcher prints its sentence as the command's JSON error and exits
 * with its code, and the start stops there, without building the rest of the application.
 */
public class CommandRefused extends RuntimeException {

  private final int exitCode;

  public CommandRefused(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  /** The refusal a failed start carries, if it carries one. */
  static CommandRefused in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CommandRefused refused) {
        return refused;
      }
    }
    return null;
  }
}
