package org.koldoo.platform.cli;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A command refused at start-up is reported as its sentence, not as a stack trace. */
class CommandRefusedFailureAnalyzer extends AbstractFailureAnalyzer<CommandRefused> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CommandRefused cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Nothing was changed. Correct what the sentence says and run it again.",
        cause);
  }
}
