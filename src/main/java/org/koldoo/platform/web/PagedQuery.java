package org.koldoo.platform.web;

import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list read from SQL: the rows matching a condition counted, then the asked page of
 * them read in order. Every paged list of the application reads its page this way.
 */
public final class PagedQuery {

  private PagedQuery() {}

  /**
   * @param count the statement counting every matching row ({@code select count(*) ...})
   * @param rows the statement reading them in their order, without limit and offset
   * @param params the named parameters both statements use
   */
  public static <T> Page<T> page(
      JdbcClient jdbc,
      String count,
      String rows,
      Map<String, ?> params,
      Pageable pageable,
      RowMapper<T> mapper) {
    long total = jdbc.sql(count).params(params).query(Long.class).single();
    var items =
        jdbc.sql("%s limit :limit offset :offset".formatted(rows))
            .params(params)
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset())
            .query(mapper)
            .list();
    return new Page<>(items, pageable.getPageNumber(), pageable.getPageSize(), total);
  }
}
