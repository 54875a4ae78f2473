package org.koldoo.imports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as its owner reads it: the file, who brought it and when, what the dry run found and
 * how far the commit has come.
 *
 * @param status {@code VALIDATED} (dry run done), {@code COMMITTING} (started, not finished: commit
 *     again to finish it), {@code COMMITTED} or {@code DISCARDED} (its file is gone: nothing more
 *     of it can be imported)
 * @param unmatchedHeaders the sheet's headers that named no column: the user may map them
 * @param discarded when, and by whom, the file was discarded; null while it is kept
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
    List<String> unmatchedHeaders,
    Discarded discarded) {

  /** What the rows would do (dry run) or did (commit). */
  record Counts(int total, int create, int update, int unchanged, int invalid) {}

  /**
   * An upload given up: by a person ({@code by}), or by Koldoo once it waited longer than the
   * organisation is given to import it ({@code by} null).
   */
  record Discarded(Instant at, String by) {}

  public boolean committed() {
    return "COMMITTED".equals(status);
  }

  /** Whether committing it (again) can still write rows: its file is kept. */
  public boolean open() {
    return "VALIDATED".equals(status) || "COMMITTING".equals(status);
  }
}
