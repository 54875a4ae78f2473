package org.koldoo.prevention.internal;

import java.util.Map;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.PagedQuery;
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
    return PagedQuery.page(
        jdbc,
        "select count(*) from employment_agency where %s".formatted(where),
        "%s where %s order by %s, id"
            .formatted(AgencyRegistry.SELECT, where, Sorting.orderBy(sort, ORDER, "holder")),
        Map.of("q", q, "like", like),
        pageable,
        registry::agency);
  }
}
