package org.koldoo.backup.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** An {@link UnfinishedRestore} at start-up is reported as its sentence and what to do. */
class UnfinishedRestoreFailureAnalyzer extends AbstractFailureAnalyzer<UnfinishedRestore> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnfinishedRestore cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Run the restore again (java -jar koldoo.jar restore --from FILE, with the same data"
            + " directory and database): it builds the schema anew and loads the backup. To start"
            + " an empty system instead, drop and create the database (for the embedded one,"
            + " remove the data directory).",
        cause);
  }
}
