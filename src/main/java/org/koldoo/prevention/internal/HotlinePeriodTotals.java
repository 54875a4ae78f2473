package org.koldoo.prevention.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.PagedQuery;
import org.koldoo.prevention.CallTopic;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hotline's calls counted by period, for the years and months of which only totals exist. The
 * same hotline, period and topic is one total: recording it again replaces the number. The report
 * counts a total only where the hotline recorded no single call in the period.
 */
@Service
class HotlinePeriodTotals {

  /** Calls on one topic from one day to another, as a paper log or a monthly sheet has them. */
  record PeriodTotal(
      @NotNull LocalDate periodStart,
      @NotNull LocalDate periodEnd,
      @NotNull CallTopic topic,
      @NotNull @PositiveOrZero @Max(10_000_000) Integer calls) {}

  /** A total as kept, with who recorded it. */
  record Kept(
      UUID id,
      LocalDate periodStart,
      LocalDate periodEnd,
      CallTopic topic,
      int calls,
      String recordedBy) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  HotlinePeriodTotals(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** The checks a total passes, whether entered or imported. */
  void check(PeriodTotal total) {
    if (total.periodEnd().isBefore(total.periodStart())) {
      throw new InvalidInput("periodEnd", "hotline.periodEndBeforeStart");
    }
    if (total.periodEnd().isAfter(LocalDate.now(clock))) {
      throw new InvalidInput("periodEnd", "hotline.periodInFuture");
    }
  }

  @Transactional
  UUID record(PeriodTotal total) {
    Actor actor = PreventionPolicy.requireCallLogger();
    check(total);
    UUID id =
        jdbc.sql(
                """
                insert into hotline_period_total (id, organisation_id, period_start, period_end,
                  topic, calls, recorded_by, recorded_at)
                values (:id, :org, :from, :to, :topic, :calls, :by, :at)
                on conflict (organisation_id, period_start, period_end, topic)
                do update set calls = excluded.calls, recorded_by = excluded.recorded_by,
                  recorded_at = excluded.recorded_at
                returning id
                """)
            .param("id", UUID.randomUUID())
            .param("org", actor.organisationId())
            .param("from", total.periodStart())
            .param("to", total.periodEnd())
            .param("topic", total.topic().name())
            .param("calls", total.calls())
            .param("by", actor.username())
            .param("at", Timestamp.from(Instant.now(clock)))
            .query(UUID.class)
            .single();
    audit.record(
        AuditRecord.of("HOTLINE_PERIOD_TOTAL_RECORDED", "hotline-period-total", id)
            .withDetails(
                "%s..%s %s %d"
                    .formatted(
                        total.periodStart(), total.periodEnd(), total.topic(), total.calls())));
    return id;
  }

  /** The totals of the caller's hotline, latest period first. */
  Page<Kept> page(Pageable pageable) {
    UUID organisation = Actors.current().organisationId();
    return PagedQuery.page(
        jdbc,
        "select count(*) from hotline_period_total where organisation_id = :org",
        """
        select id, period_start, period_end, topic, calls, recorded_by from hotline_period_total
        where organisation_id = :org order by period_start desc, topic
        """,
        Map.of("org", organisation == null ? new UUID(0, 0) : organisation),
        pageable,
        (rs, n) ->
            new Kept(
                rs.getObject("id", UUID.class),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                CallTopic.valueOf(rs.getString("topic")),
                rs.getInt("calls"),
                rs.getString("recorded_by")));
  }
}
