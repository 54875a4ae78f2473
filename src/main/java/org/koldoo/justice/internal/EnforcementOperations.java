package org.koldoo.justice.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.DetentionMeasure;
import org.koldoo.justice.TraffickingAmongOffences;
import org.koldoo.justice.internal.JusticeForms.DetentionForm;
import org.koldoo.justice.internal.JusticeForms.OperationForm;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement operations (raids, checks), the offences they uncovered, and the persons detained,
 * arrested or deported in them with whether they were screened for trafficking.
 */
@org.springframework.stereotype.Service
class EnforcementOperations {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  EnforcementOperations(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  UUID recordOperation(OperationForm form) {
    Actor actor = JusticePolicy.requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    if (form.endedOn() != null && form.endedOn().isBefore(form.startedOn())) {
      throw new InvalidInput("endedOn", "case.periodReversed");
    }
    if (form.offencesUncovered() < 0) {
      throw new InvalidInput("offencesUncovered", "justice.negative");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
                insert into enforcement_operation (id, name, place, started_on, ended_on,
                offences_uncovered, trafficking_among_offences, organisation_id, recorded_by)
                values (:id,
                :name, :place, :from, :to, :n, :t, :org, :by)
                """)
        .param("id", id)
        .param("name", form.name().strip())
        .param("place", form.place())
        .param("from", form.startedOn())
        .param("to", form.endedOn())
        .param("n", form.offencesUncovered())
        .param(
            "t",
            (form.traffickingAmongOffences() == null
                    ? TraffickingAmongOffences.UNKNOWN
                    : form.traffickingAmongOffences())
                .name())
        .param("org", actor.organisationId())
        .param("by", actor.username())
        .update();
    audit.record(
        AuditRecord.of("OPERATION_RECORDED", "enforcement-operation", id).withDetails(form.name()));
    return id;
  }

  record Operation(
      UUID id,
      String name,
      String place,
      LocalDate startedOn,
      LocalDate endedOn,
      int offencesUncovered,
      TraffickingAmongOffences traffickingAmongOffences,
      List<Detention> detentions) {}

  /** Persons met in an operation and what was done to them, with whether they were screened. */
  record Detention(
      UUID id,
      LocalDate occurredOn,
      DetentionMeasure measure,
      int persons,
      String citizenship,
      boolean screened,
      int referredAsVictims,
      String note) {}

  List<Operation> operations() {
    Map<UUID, List<Detention>> detentions = detentionsByOperation();
    return jdbc.sql(
            """
                select id, name, place, started_on, ended_on, offences_uncovered,
                trafficking_among_offences from enforcement_operation
                order by started_on desc, name
                """)
        .query(
            (rs, n) ->
                new Operation(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class),
                    rs.getInt(6),
                    TraffickingAmongOffences.valueOf(rs.getString(7)),
                    detentions.getOrDefault(rs.getObject(1, UUID.class), List.of())))
        .list();
  }

  private Map<UUID, List<Detention>> detentionsByOperation() {
    Map<UUID, List<Detention>> byOperation = new HashMap<>();
    jdbc.sql(
            """
                select operation_id, id, occurred_on, measure, persons, citizenship, screened,
                referred_as_victims, note from operation_detention order by occurred_on, id
                """)
        .query(
            rs -> {
              byOperation
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(
                      new Detention(
                          rs.getObject(2, UUID.class),
                          rs.getObject(3, LocalDate.class),
                          DetentionMeasure.valueOf(rs.getString(4)),
                          rs.getInt(5),
                          rs.getString(6),
                          rs.getBoolean(7),
                          rs.getInt(8),
                          rs.getString(9)));
            });
    return byOperation;
  }

  /**
   * Records persons detained, arrested or deported in an operation. Those referred as presumed
   * victims must have been screened and cannot outnumber the persons.
   */
  @Transactional
  UUID recordDetention(DetentionForm form) {
    Actor actor = JusticePolicy.requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    LocalDate started =
        jdbc.sql("select started_on from enforcement_operation where id = :id")
            .param("id", form.operationId())
            .query(LocalDate.class)
            .optional()
            .orElseThrow(() -> new InvalidInput("operationId", "justice.unknownOperation"));
    if (form.occurredOn().isBefore(started)) {
      throw new InvalidInput("occurredOn", "justice.detentionBeforeOperation", started);
    }
    int referred = form.referredAsVictims() == null ? 0 : form.referredAsVictims();
    if (referred > 0 && !form.screened()) {
      throw new InvalidInput("referredAsVictims", "justice.referredWithoutScreening");
    }
    if (referred > form.persons()) {
      throw new InvalidInput("referredAsVictims", "justice.referredAboveDetained", form.persons());
    }
    String citizenship =
        form.citizenship() == null || form.citizenship().isBlank()
            ? null
            : form.citizenship().toUpperCase(Locale.ROOT);
    if (citizenship != null && !Set.of(Locale.getISOCountries()).contains(citizenship)) {
      throw new InvalidInput("citizenship", "case.unknownCountry", form.citizenship());
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
                insert into operation_detention (id, operation_id, occurred_on, measure, persons,
                citizenship, screened, referred_as_victims, note, organisation_id,
                recorded_by, recorded_at) values (:id, :op, :on, :measure, :persons, :cit,
                :screened, :referred, :note, :org, :by, :at)
                """)
        .param("id", id)
        .param("op", form.operationId())
        .param("on", form.occurredOn())
        .param("measure", form.measure().name())
        .param("persons", form.persons())
        .param("cit", citizenship)
        .param("screened", form.screened())
        .param("referred", referred)
        .param("note", form.note())
        .param("org", actor.organisationId())
        .param("by", actor.username())
        .param("at", Timestamp.from(Instant.now(clock)))
        .update();
    audit.record(
        AuditRecord.of("DETENTION_RECORDED", "enforcement-operation", form.operationId())
            .withDetails(form.measure() + " x" + form.persons()));
    return id;
  }
}
