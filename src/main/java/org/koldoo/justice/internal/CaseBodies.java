package org.koldoo.justice.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The police, prosecution and court bodies handling each criminal case, and hand-overs. */
@org.springframework.stereotype.Service
class CaseBodies {

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final Clock clock;
  private final JusticePolicy policy;
  private final CriminalCaseRecords records;

  CaseBodies(
      JdbcClient jdbc,
      Organisations organisations,
      AuditTrail audit,
      Clock clock,
      JusticePolicy policy,
      CriminalCaseRecords records) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
    this.policy = policy;
    this.records = records;
  }

  /** Active police, prosecution and court bodies a case may be handed to. */
  List<OrganisationSummary> justiceBodies() {
    return organisations.active().stream().filter(o -> o.type().isJustice()).toList();
  }

  /** The bodies handling a case, by organisation code. */
  List<String> bodies(UUID caseId) {
    return jdbc
        .sql(
            """
                select organisation_id from criminal_case_body where criminal_case_id = :c
                order by added_at, organisation_id
                """)
        .param("c", caseId)
        .query(UUID.class)
        .list()
        .stream()
        .map(o -> organisations.find(o).map(OrganisationSummary::code).orElse("?"))
        .toList();
  }

  /**
   * A body handling the case hands it to (or shares it with) another police, prosecution or court
   * body, which may then record what it does and read defendants' names. Nobody else writes.
   */
  @Transactional
  void handOver(UUID caseId, UUID organisation) {
    Actor actor = policy.requireHandler(records.load(caseId));
    OrganisationSummary to =
        organisations
            .find(organisation)
            .filter(OrganisationSummary::active)
            .orElseThrow(() -> new InvalidInput("organisationId", "case.unknownOrganisation"));
    if (!to.type().isJustice()) {
      throw new InvalidInput("organisationId", "justice.notJusticeBody");
    }
    if (policy.handles(caseId, to.id())) {
      return;
    }
    addBody(caseId, to.id(), actor.username());
    audit.record(
        AuditRecord.of("CRIMINAL_CASE_HANDED_OVER", "criminal-case", caseId)
            .withDetails("to=" + to.code()));
  }

  void addBody(UUID caseId, UUID organisation, String by) {
    jdbc.sql(
            """
                insert into criminal_case_body (criminal_case_id, organisation_id, added_at, added_by)
                values (:c, :o, :at, :by) on conflict do nothing
                """)
        .param("c", caseId)
        .param("o", organisation)
        .param("at", Timestamp.from(Instant.now(clock)))
        .param("by", by)
        .update();
  }
}
