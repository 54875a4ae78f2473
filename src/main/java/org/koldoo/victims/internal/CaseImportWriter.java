package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.victims.Events;
import org.koldoo.victims.internal.VictimCaseImport.Row;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registers many imported cases at once, each whole (person, screening, decision) in memory before
 * one batched save: the same rules as the forms (the case's own refusals, the organisation that
 * decides, plausible dates), with numbers reserved for the batch, name parts and person keys
 * written set-wise, and one audit entry for the batch naming the import.
 */
@Component
class CaseImportWriter {

  private final VictimCaseRepository cases;
  private final PersonService persons;
  private final CaseNumbers numbers;
  private final CaseGuard guard;
  private final Viewers viewers;
  private final NameParts nameParts;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseImportWriter(
      VictimCaseRepository cases,
      PersonService persons,
      CaseNumbers numbers,
      CaseGuard guard,
      Viewers viewers,
      NameParts nameParts,
      JdbcClient jdbc,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.persons = persons;
    this.numbers = numbers;
    this.guard = guard;
    this.viewers = viewers;
    this.nameParts = nameParts;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Registers the rows as new cases, in the caller's transaction; their ids in order. */
  List<UUID> registerAll(List<Row> rows, UUID importId) {
    Viewer viewer = viewers.requireCaseHandler();
    LocalDate today = LocalDate.now(clock);
    Instant now = Instant.now(clock);
    Map<Integer, List<String>> numbersByYear = reserve(rows, viewer.organisationId(), today);
    List<VictimCase> built = new ArrayList<>(rows.size());
    for (Row row : rows) {
      LocalDate registeredOn =
          row.person().registeredOn() == null ? today : row.person().registeredOn();
      built.add(
          build(
              row, viewer, numbersByYear.get(registeredOn.getYear()).remove(0), registeredOn, now));
    }
    cases.saveAll(built);
    List<UUID> ids = built.stream().map(VictimCase::id).toList();
    Map<UUID, Identity> identities = new java.util.LinkedHashMap<>();
    for (int i = 0; i < built.size(); i++) {
      identities.put(built.get(i).id(), rows.get(i).person().identity());
    }
    nameParts.writeNew(identities);
    personKeys(ids);
    audit.record(
        AuditRecord.of("VICTIM_CASES_IMPORTED", "import", importId)
            .withDetails(
                "%d cases, %s to %s"
                    .formatted(
                        built.size(),
                        built.get(0).caseNumber(),
                        built.get(built.size() - 1).caseNumber())));
    publish(built, rows, viewer);
    return ids;
  }

  /** One row's case, whole in memory: registered, described, screened and decided on. */
  private VictimCase build(
      Row row, Viewer viewer, String number, LocalDate registeredOn, Instant now) {
    VictimCase c =
        VictimCase.register(
            UUID.randomUUID(),
            viewer.organisationId(),
            number,
            numbers.pseudonym(),
            registeredOn,
            viewer.username(),
            now);
    persons.apply(c, row.person());
    if (row.screening() != null) {
      guard.plausible(c, row.screening().screenedOn(), "screenedOn");
      c.screen(
          row.screening().screenedOn(),
          row.screening().location(),
          row.screening().vulnerableGroup(),
          row.screening().indicators(),
          viewer.organisationId(),
          viewer.username());
    }
    if (row.identification() != null) {
      guard.plausible(c, row.identification().decidedOn(), "decidedOn");
      guard.activeOrganisation(
          row.identification().decidingOrganisationId(), "decidingOrganisationId");
      Refusal.report(c.identify(Identification.of(row.identification(), viewer.username())));
      guard.recomputeAge(c, row.person().dateOfBirth());
    }
    return c;
  }

  /** What a registration, a screening and a decision publish, for every case of the batch. */
  private void publish(List<VictimCase> built, List<Row> rows, Viewer viewer) {
    for (int i = 0; i < built.size(); i++) {
      VictimCase c = built.get(i);
      Row row = rows.get(i);
      events.publishEvent(
          new Events.VictimRegistered(c.id(), viewer.organisationId(), c.registeredOn()));
      if (row.screening() != null) {
        events.publishEvent(
            new Events.VictimScreened(
                c.id(),
                viewer.organisationId(),
                row.screening().screenedOn(),
                c.screenings().iterator().next().proposesPresumed()));
      }
      if (row.identification() != null) {
        events.publishEvent(
            new Events.VictimIdentified(
                c.id(),
                row.identification().status(),
                row.identification().decidingOrganisationId(),
                row.identification().decidedOn()));
      }
    }
  }

  /** The case numbers of the batch, reserved per year of registration in one statement each. */
  private Map<Integer, List<String>> reserve(List<Row> rows, UUID organisation, LocalDate today) {
    Map<Integer, Integer> perYear = new HashMap<>();
    for (Row row : rows) {
      LocalDate on = row.person().registeredOn() == null ? today : row.person().registeredOn();
      perYear.merge(on.getYear(), 1, Integer::sum);
    }
    Map<Integer, List<String>> reserved = new HashMap<>();
    perYear.forEach(
        (year, count) -> reserved.put(year, numbers.reserve(organisation, year, count)));
    return reserved;
  }

  /**
   * The person keys of the groups the new cases joined (same name and birth date), set-wise, under
   * the same locks as one registration takes.
   */
  private void personKeys(List<UUID> ids) {
    jdbc.sql(
            """
            select count(pg_advisory_xact_lock(hashtext(n || d))) from (
              select distinct name_index n, birth_date_index d from victim_case
              where id in (:ids) and name_index is not null and birth_date_index is not null
              order by 1, 2) t
            """)
        .param("ids", ids)
        .query(Long.class)
        .single();
    jdbc.sql(
            """
            update victim_case c set person_key = g.key
            from (select name_index, birth_date_index,
                    case when count(*) > 1 then min(id::text)::uuid end as key
                  from victim_case
                  where (name_index, birth_date_index) in (
                    select name_index, birth_date_index from victim_case where id in (:ids))
                  group by 1, 2) g
            where c.name_index = g.name_index and c.birth_date_index = g.birth_date_index
              and c.person_key is distinct from g.key
            """)
        .param("ids", ids)
        .update();
  }
}
