package org.koldoo.imports.internal;

/**
 * A problem of one row, as the user reads it.
 *
 * @param row the row's number as the spreadsheet shows it (the header row for a problem of the
 *     file)
 * @param column the column's header in the reader's language, null for the whole row
 * @param value what the cell held, shortened; null for a column that holds identity
 * @param reason what is wrong, in the reader's language
 */
record RowProblem(int row, String column, String value, String reason) {}
