package org.koldoo.privacy;

/**
 * A column of values sealed with {@link FieldCipher}, declared (as a bean) by the module that owns
 * the table, so that a key rotation can seal every value again under the new key and a key is
 * retired only when no value uses it.
 *
 * @param table the table
 * @param column its sealed column (nulls allowed)
 * @param context an SQL expression over the row giving the context the value was sealed with, e.g.
 *     {@code 'defendant:' || id}
 */
public record SealedColumn(String table, String column, String context) {

  public SealedColumn {
    if (!table.matches("[a-z_]{1,63}") || !column.matches("[a-z_]{1,63}")) {
      throw new IllegalArgumentException("not a table and column name: " + table + "." + column);
    }
    if (context.contains(";") || context.contains("--")) {
      throw new IllegalArgumentException("a context is one expression: " + context);
    }
  }
}
