package org.koldoo.platform;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** A {@link KeyMismatch} at start-up is reported as its one sentence and what to do. */
class KeyMismatchFailureAnalyzer implements FailureAnalyzer {

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof KeyMismatch mismatch) {
        return new FailureAnalysis(
            mismatch.getMessage(),
            "Start Koldoo with the keys (KOLDOO_PRIVACY_KEYS, KOLDOO_PRIVACY_INDEX_KEY,"
                + " KOLDOO_AUDIT_KEY) or the data directory (KOLDOO_DATA_DIR) this database was"
                + " written with. Never start it with new keys against existing data.",
            failure);
      }
    }
    return null;
  }
}
