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

  /**
   * This page with {@code name} set to {@code value} (removed when null), on its first page. A page
   * shown again after a refused form (a POST) is the page the form was on, with its choices, not
   * the address the form was sent to.
   */
  public String with(String name, Object value) {
    HttpServletRequest request = request();
    UriComponentsBuilder link =
        "GET".equals(request.getMethod())
            ? UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
            : SamePage.of(request)
                .map(page -> UriComponentsBuilder.fromUriString(request.getContextPath() + page))
                .orElseGet(() -> UriComponentsBuilder.fromPath(request.getRequestURI()));
    if (!name.endsWith("page") && !name.endsWith("Page")) {
      link.replaceQueryParam("page");
    }
    if (value == null) {
      link.replaceQueryParam(name);
    } else {
      link.replaceQueryParam(name, value);
    }
    return link.build().toUriString();
  }

  /**
   * The page of one of several lists on a page, asked for as {@code ?name=n}: the first when it is
   * missing or not a number.
   */
  public static int pageNumber(String name) {
    String asked = request().getParameter(name);
    try {
      return asked == null ? 0 : Math.max(0, Integer.parseInt(asked.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The link a column's heading leads to: by the column, or the other way round if it is so. */
  public String sortedBy(String column) {
    return with(SORT, column.equals(sortAsked()) ? "-" + column : column);
  }

  /** How the list is ordered by a column, for its heading's aria-sort. */
  public String sortState(String column) {
    String sort = sortAsked();
    if (column.equals(sort)) {
      return "ascending";
    }
    return ("-" + column).equals(sort) ? "descending" : "none";
  }

  /** The order asked for: in the address, or for a refused form in the address of its page. */
  private static String sortAsked() {
    HttpServletRequest request = request();
    if ("GET".equals(request.getMethod())) {
      return request.getParameter(SORT);
    }
    return SamePage.of(request)
        .map(
            page ->
                UriComponentsBuilder.fromUriString(page).build().getQueryParams().getFirst(SORT))
        .orElse(null);
  }

  private static HttpServletRequest request() {
    return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
        .getRequest();
  }
}
