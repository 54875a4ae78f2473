package org.koldoo.platform.web;

import java.util.Comparator;
import java.util.Map;

/**
 * A list's order as its page asks for it ({@code ?sort=column} or {@code ?sort=-column}), turned
 * into SQL only through the list's own table of columns: anything else gives the list's usual
 * order, so no request can put its own text into a query.
 */
public final class Sorting {

  private Sorting() {}

  /**
   * The ORDER BY terms for a requested order.
   *
   * @param requested the page's {@code sort} parameter, may be null or anything
   * @param columns each sortable name and the SQL expression it orders by
   * @param usual the order when none (or an unknown one) is asked, e.g. {@code -sentOn}
   */
  public static String orderBy(String requested, Map<String, String> columns, String usual) {
    String sort =
        requested != null && columns.containsKey(requested.replaceFirst("^-", ""))
            ? requested
            : usual;
    boolean descending = sort.startsWith("-");
    String column = columns.get(descending ? sort.substring(1) : sort);
    return column + (descending ? " desc nulls last" : " asc nulls last");
  }

  /**
   * The same choice for a list ordered in memory: the comparator of the requested column (reversed
   * for {@code -column}), or the usual one. Nulls come last either way.
   */
  public static <T> Comparator<T> comparator(
      String requested, Map<String, Comparator<T>> columns, String usual) {
    String sort =
        requested != null && columns.containsKey(requested.replaceFirst("^-", ""))
            ? requested
            : usual;
    boolean descending = sort.startsWith("-");
    Comparator<T> column = columns.get(descending ? sort.substring(1) : sort);
    return descending ? column.reversed() : column;
  }
}
