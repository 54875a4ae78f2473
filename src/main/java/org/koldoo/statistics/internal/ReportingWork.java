package org.koldoo.statistics.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.work.WorkGroup;
import org.koldoo.platform.work.WorkItem;
import org.koldoo.platform.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the national coordinator and analysts: the active organisations that have recorded nothing
 * this year so far (no case, screening, referral, service, criminal case, inspection or hotline
 * day), by the same reading the report uses for its reporting bodies.
 */
@Component
class ReportingWork implements WorkSource {

  private static final String REPORTED =
      BaseTemplates.template("reporting-bodies").replace("$b", "0");

  private final JdbcClient jdbc;
  private final Organisations organisations;

  ReportingWork(JdbcClient jdbc, Organisations organisations) {
    this.jdbc = jdbc;
    this.organisations = organisations;
  }

  @Override
  public List<WorkGroup> waitingFor(Actor actor, LocalDate today) {
    if (!actor.overseesNationally()) {
      return List.of();
    }
    LocalDate from = today.withDayOfYear(1);
    Set<UUID> reported =
        new HashSet<>(
            jdbc.sql(REPORTED)
                .param("f", from)
                .param("t", today)
                .query((rs, n) -> rs.getObject("organisation_id", UUID.class))
                .list());
    List<WorkItem> silent =
        organisations.active().stream()
            .filter(o -> !reported.contains(o.id()))
            .sorted(Comparator.comparing(OrganisationSummary::code))
            .map(
                o ->
                    new WorkItem(
                        null,
                        o.code(),
                        o.type().messageKey(),
                        "work.item.notReported",
                        List.of(from),
                        from,
                        false))
            .toList();
    return silent.isEmpty()
        ? List.of()
        : List.of(new WorkGroup("work.group.notReported", null, silent.size(), silent, null));
  }
}
