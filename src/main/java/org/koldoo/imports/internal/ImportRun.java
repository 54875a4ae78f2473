package org.koldoo.imports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as its owner reads it: the file, who brought it and when, what the dry run found and
 * how far the commit has come.
 *
 * @param status {@code VALIDATED} (dry run done), {@code COMMITTING} (started, not finished: commit
 *     again to finish it) or {@code COMMITTED}
 * @param unmatchedHeaders the sheet's headers that named no column: the user may map them
 */
record ImportRun(
    UUID id,
    String kind,
    UUID organisationId,
    String fileName,
    long fileSize,
    String createdBy,
    Instant createdAt,
    String status,
    Counts counts,
    int rowsWritten,
    int problemsTotal,
    List<RowProblem> problems,
    String committedBy,
    Instant committedAt,
    List<String> unmatchedHeaders) {

  /** What the rows would do (dry run) or did (commit). */
  record Counts(int total, int create, int update, int unchanged, int invalid) {}

  public boolean committed() {
    return "COMMITTED".equals(status);
  }
}
