package org.koldoo.prevention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.PagedQuery;
import org.koldoo.platform.web.Sorting;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.victims.VictimCases;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hotline's calls as people look through them: narrowed by what they look for, in the order
 * they choose, a page at a time, with links to cases the viewer may not see taken out. The read
 * side of {@link HotlineService}.
 */
@Component
class CallSearch {

  private final JdbcClient jdbc;
  private final VictimCases victims;
  private final Clock clock;

  CallSearch(JdbcClient jdbc, VictimCases victims, Clock clock) {
    this.jdbc = jdbc;
    this.victims = victims;
    this.clock = clock;
  }

  /** What a list of calls is narrowed to; null for any. Days are of the configured zone. */
  record CallFilter(
      LocalDate from,
      LocalDate to,
      Boolean trafficking,
      CallTopic topic,
      CallOutcome outcome,
      Region region,
      String operator) {}

  /** The columns a list of calls may be ordered by, as the page names them. */
  static final Map<String, String> ORDER =
      Map.of(
          "receivedAt", "received_at",
          "channel", "channel",
          "outcome", "outcome",
          "region", "region");

  /** Every call the filter lets through, the newest first: the CSV export, never cut short. */
  List<Call> all(CallFilter filter) {
    return search(
            filter, null, org.springframework.data.domain.PageRequest.of(0, Integer.MAX_VALUE))
        .items();
  }

  /**
   * Calls in the order asked ({@link #ORDER}, the newest first unless asked), narrowed by the
   * filter, a page at a time.
   */
  Page<Call> search(CallFilter filter, String sort, Pageable pageable) {
    LocalDate from = filter.from();
    LocalDate to = filter.to();
    Boolean trafficking = filter.trafficking();
    CallTopic topic = filter.topic();
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (filter.outcome() != null) {
      where.add("outcome = :outcome");
      params.put("outcome", filter.outcome().name());
    }
    if (filter.region() != null) {
      where.add("region = :region");
      params.put("region", filter.region().name());
    }
    if (filter.operator() != null && !filter.operator().isBlank()) {
      where.add("lower(operator) = lower(:operator)");
      params.put("operator", filter.operator().strip());
    }
    if (from != null) {
      where.add("received_at >= :from");
      params.put("from", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()));
    }
    if (to != null) {
      where.add("received_at < :to");
      params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }
    if (trafficking != null) {
      where.add("trafficking_related = :t");
      params.put("t", trafficking);
    }
    if (topic != null) {
      where.add("(',' || topics || ',') like :topic");
      params.put("topic", "%," + topic.name() + ",%");
    }
    String clause = where.isEmpty() ? "" : " where %s".formatted(String.join(" and ", where));
    Page<Call> calls =
        PagedQuery.page(
            jdbc,
            "select count(*) from hotline_call%s".formatted(clause),
            "%s%s order by %s, id"
                .formatted(CallRows.SELECT, clause, Sorting.orderBy(sort, ORDER, "-receivedAt")),
            params,
            pageable,
            CallRows::call);
    return calls.withItems(shown(calls.items()));
  }

  /** The calls with the ids of linked cases the current person may not see taken out. */
  private List<Call> shown(List<Call> calls) {
    Set<UUID> linked =
        calls.stream()
            .map(Call::victimCaseId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Set<UUID> visible = victims.visible(linked);
    return calls.stream().map(c -> CallRows.shown(c, visible)).toList();
  }
}
