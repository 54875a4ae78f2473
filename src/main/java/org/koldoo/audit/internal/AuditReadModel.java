package org.koldoo.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.PagedQuery;
import org.koldoo.platform.web.Sorting;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Searches the trail for the auditor's screen and the API, newest first. */
@Component
class AuditReadModel {

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditReadModel(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The columns the trail may be ordered by; the number is also the order in time. */
  static final Map<String, String> ORDER =
      Map.of("number", "id", "actor", "lower(actor)", "action", "action");

  /**
   * @param sort one of {@link #ORDER}'s columns, {@code -column} descending; newest first if none
   */
  Page<AuditEntry> search(AuditSearch search, String sort, Pageable pageable) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (hasText(search.actor())) {
      where.add("lower(actor) = lower(:actor)");
      params.put("actor", search.actor().strip());
    }
    if (search.organisation() != null) {
      where.add("organisation_id = :org");
      params.put("org", search.organisation());
    }
    if (hasText(search.objectType())) {
      where.add("object_type = :type");
      params.put("type", search.objectType().strip());
    }
    if (hasText(search.objectId())) {
      where.add("object_id = :objectId");
      params.put("objectId", search.objectId().strip());
    }
    if (search.from() != null) {
      where.add("occurred_at >= :from");
      params.put("from", Timestamp.from(search.from().atStartOfDay(clock.getZone()).toInstant()));
    }
    if (search.to() != null) {
      where.add("occurred_at < :to");
      params.put(
          "to", Timestamp.from(search.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }
    String filter = where.isEmpty() ? "true" : String.join(" and ", where);
    return PagedQuery.page(
        jdbc,
        "select count(*) from audit_entry where %s".formatted(filter),
        """
        select id, occurred_at, actor, organisation_id, action, object_type, object_id,
               purpose, details
          from audit_entry where %s
         order by %s, id desc
        """
            .formatted(filter, Sorting.orderBy(sort, ORDER, "-number")),
        params,
        pageable,
        (rs, n) -> JdbcAuditTrail.stored(rs));
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
