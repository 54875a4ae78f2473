package org.koldoo.prevention.internal;

import java.util.List;
import java.util.Map;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.Sorting;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff's list of licences: found by number or holder, a page at a time, in a chosen order. */
@Component
class AgencyList {

  /** The columns the list may be ordered by, as the page names them. */
  static final Map<String, String> ORDER =
      Map.of(
          "licence", "licence_number",
          "holder", "holder",
          "validTo", "valid_to",
          "status", "status");

  private final JdbcClient jdbc;
  private final AgencyRegistry registry;

  AgencyList(JdbcClient jdbc, AgencyRegistry registry) {
    this.jdbc = jdbc;
    this.registry = registry;
  }

  Page<AgencyRegistry.Agency> page(String query, String sort, Pageable pageable) {
    String q = query == null ? "" : query.strip();
    String like = "%" + q.replace("%", "\\%").replace("_", "\\_") + "%";
    String where = ":q = '' or licence_number ilike :like or holder ilike :like";
    long total =
        jdbc.sql("select count(*) from employment_agency where %s".formatted(where))
            .param("q", q)
            .param("like", like)
            .query(Long.class)
            .single();
    List<AgencyRegistry.Agency> rows =
        jdbc.sql(
                "%s where %s order by %s, id limit :limit offset :offset"
                    .formatted(
                        AgencyRegistry.SELECT, where, Sorting.orderBy(sort, ORDER, "holder")))
            .param("q", q)
            .param("like", like)
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset())
            .query(registry::agency)
            .list();
    return new Page<>(rows, pageable.getPageNumber(), pageable.getPageSize(), total);
  }
}
