package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page being shown, as links to itself with one thing changed: {@code #here} in templates. A
 * list's sort and filters live in its address, so a link made here keeps everything else the person
 * chose (and goes back to the first page when the order changes).
 */
public final class Here {

  /** The query parameter that orders a list: a column, {@code -column} for descending. */
  public static final String SORT = "sort";

  /** This page with {@code name} set to {@code value} (removed when null), on its first page. */
  public String with(String name, Object value) {
    HttpServletRequest request = request();
    UriComponentsBuilder link =
        UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    if (!"page".equals(name)) {
      link.replaceQueryParam("page");
    }
    if (value == null) {
      link.replaceQueryParam(name);
    } else {
      link.replaceQueryParam(name, value);
    }
    return link.build().toUriString();
  }

  /** The link a column's heading leads to: by the column, or the other way round if it is so. */
  public String sortedBy(String column) {
    return with(SORT, column.equals(request().getParameter(SORT)) ? "-" + column : column);
  }

  /** How the list is ordered by a column, for its heading's aria-sort. */
  public String sortState(String column) {
    String sort = request().getParameter(SORT);
    if (column.equals(sort)) {
      return "ascending";
    }
    return ("-" + column).equals(sort) ? "descending" : "none";
  }

  private static HttpServletRequest request() {
    return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
        .getRequest();
  }
}
