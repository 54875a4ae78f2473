package org.koldoo.prevention.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.PagedQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspectorate's labour inspections counted by period (a quarterly return, say), for the years
 * of which only totals exist. The same inspectorate and period is one total: recording it again
 * replaces the numbers. The report counts a total only where the inspectorate recorded no single
 * inspection in the period.
 */
@Service
class InspectionPeriodTotals {

  /**
   * Inspections from one day to another; the inspectorate is the recorder's own unless the national
   * coordinator names one.
   */
  record InspectionTotal(
      UUID inspectingBody,
      @NotNull LocalDate periodStart,
      @NotNull LocalDate periodEnd,
      @NotNull @PositiveOrZero @Max(1_000_000) Integer inspections,
      @NotNull @PositiveOrZero @Max(1_000_000) Integer unannounced,
      @NotNull @PositiveOrZero @Max(1_000_000) Integer withIndicators) {}

  /** A total as kept, with who recorded it. */
  record Kept(
      UUID id,
      UUID inspectingBody,
      LocalDate periodStart,
      LocalDate periodEnd,
      int inspections,
      int unannounced,
      int withIndicators,
      String recordedBy) {}

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final Clock clock;

  InspectionPeriodTotals(
      JdbcClient jdbc, Organisations organisations, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /** The checks a total passes, whether entered or imported. */
  void check(InspectionTotal total) {
    if (total.periodEnd().isBefore(total.periodStart())) {
      throw new InvalidInput("periodEnd", "inspection.periodEndBeforeStart");
    }
    if (total.periodEnd().isAfter(LocalDate.now(clock))) {
      throw new InvalidInput("periodEnd", "inspection.periodInFuture");
    }
    if (total.unannounced() > total.inspections()) {
      throw new InvalidInput("unannounced", "inspection.moreThanInspections");
    }
    if (total.withIndicators() > total.inspections()) {
      throw new InvalidInput("withIndicators", "inspection.moreThanInspections");
    }
  }

  /** The inspectorate a total is for: one's own, or any active one for the national coordinator. */
  UUID body(Actor actor, UUID named) {
    UUID body = named == null ? actor.organisationId() : named;
    if (PreventionPolicy.recordsForAnyInspectorate(actor)) {
      if (body == null || organisations.find(body).isEmpty()) {
        throw new InvalidInput("inspectingBody", "case.unknownOrganisation");
      }
      return body;
    }
    PreventionPolicy.requireRecordsFor(actor, body);
    return body;
  }

  @Transactional
  UUID record(InspectionTotal total) {
    Actor actor = Actors.current();
    UUID body = body(actor, total.inspectingBody());
    check(total);
    UUID id =
        jdbc.sql(
                """
                insert into inspection_period_total (id, inspecting_body, period_start, period_end,
                  inspections, unannounced, with_indicators, recorded_by, recorded_at)
                values (:id, :body, :from, :to, :n, :unannounced, :flagged, :by, :at)
                on conflict (inspecting_body, period_start, period_end)
                do update set inspections = excluded.inspections,
                  unannounced = excluded.unannounced, with_indicators = excluded.with_indicators,
                  recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                returning id
                """)
            .param("id", UUID.randomUUID())
            .param("body", body)
            .param("from", total.periodStart())
            .param("to", total.periodEnd())
            .param("n", total.inspections())
            .param("unannounced", total.unannounced())
            .param("flagged", total.withIndicators())
            .param("by", actor.username())
            .param("at", Timestamp.from(Instant.now(clock)))
            .query(UUID.class)
            .single();
    audit.record(
        AuditRecord.of("INSPECTION_PERIOD_TOTAL_RECORDED", "inspection-period-total", id)
            .withDetails(
                "%s..%s %d (%d unannounced, %d with indicators)"
                    .formatted(
                        total.periodStart(),
                        total.periodEnd(),
                        total.inspections(),
                        total.unannounced(),
                        total.withIndicators())));
    return id;
  }

  /**
   * The totals an inspector's own inspectorate recorded, or every inspectorate's for the national
   * coordinator and analysts; latest period first.
   */
  Page<Kept> page(Pageable pageable) {
    Actor actor = Actors.current();
    boolean all = PreventionPolicy.readsEveryInspectorate(actor);
    Map<String, Object> params = new HashMap<>();
    params.put("all", all);
    params.put("body", actor.organisationId() == null ? new UUID(0, 0) : actor.organisationId());
    return PagedQuery.page(
        jdbc,
        "select count(*) from inspection_period_total where :all or inspecting_body = :body",
        """
        select id, inspecting_body, period_start, period_end, inspections, unannounced,
          with_indicators, recorded_by
        from inspection_period_total where :all or inspecting_body = :body
        order by period_start desc, inspecting_body
        """,
        params,
        pageable,
        (rs, n) ->
            new Kept(
                rs.getObject("id", UUID.class),
                rs.getObject("inspecting_body", UUID.class),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getInt("inspections"),
                rs.getInt("unannounced"),
                rs.getInt("with_indicators"),
                rs.getString("recorded_by")));
  }
}
