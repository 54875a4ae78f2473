package org.koldoo.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class UnfinishedRestoreFailureAnalyzerTests {

  @Test
  void aStartOnAFailedRestoresRemainsSaysToRunTheRestoreAgain() {
    FailureAnalysis analysis =
        new UnfinishedRestoreFailureAnalyzer()
            .analyze(new BeanCreationException("flywayInitializer", new UnfinishedRestore()));

    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains("restore that did not finish");
    assertThat(analysis.getAction()).contains("Run the restore again", "drop and create");
  }

  @Test
  void otherFailuresAreNotItsConcern() {
    assertThat(
            new UnfinishedRestoreFailureAnalyzer()
                .analyze(new BeanCreationException("flywayInitializer", "no database")))
        .isNull();
  }
}
