package org.koldoo.imports.internal;

import java.util.List;

/**
 * A sheet read against a kind: the rows that are fit to write, each with its key and hash, and the
 * problems of the others.
 *
 * @param problems the first {@link SheetParser#MAX_PROBLEMS} problems
 * @param problemsTotal how many problems there are in all
 * @param rows the data rows (blank rows left out)
 * @param invalid how many rows have at least one problem
 * @param unmatched the header row's texts that named no column (what the mapping step offers)
 */
record ParsedSheet<T>(
    List<Prepared<T>> valid,
    List<RowProblem> problems,
    int problemsTotal,
    int rows,
    int invalid,
    List<String> unmatched) {

  /**
   * A row fit to write.
   *
   * @param key what identifies the row across imports: {@code id:} and the sheet's own ID, or
   *     {@code row:} with the row's hash and its occurrence among identical rows
   * @param hash the row's values, hashed: a changed row under a known key is an update
   */
  record Prepared<T>(int row, String key, String hash, T command) {}
}
