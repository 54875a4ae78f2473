package org.koldoo.justice.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.Events;
import org.koldoo.justice.internal.ArticleCatalogue.Article;
import org.koldoo.justice.internal.JusticeForms.RegisterCase;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.victims.VictimCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers criminal cases, links their victims by pseudonym and marks whether they meet the
 * international definition. Events, defendants, bodies and operations have services of their own.
 */
@Service
class CriminalCaseService {

  private final JdbcClient jdbc;
  private final ArticleCatalogue articles;
  private final VictimCases victims;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final JusticePolicy policy;
  private final CriminalCaseRecords records;
  private final CaseBodies bodies;
  private final CriminalCaseRepository cases;

  CriminalCaseService(
      JdbcClient jdbc,
      ArticleCatalogue articles,
      VictimCases victims,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      JusticePolicy policy,
      CriminalCaseRecords records,
      CaseBodies bodies,
      CriminalCaseRepository cases) {
    this.jdbc = jdbc;
    this.articles = articles;
    this.victims = victims;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.policy = policy;
    this.records = records;
    this.bodies = bodies;
    this.cases = cases;
  }

  @Transactional
  UUID register(RegisterCase form) {
    Actor actor = JusticePolicy.requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    Article article =
        articles
            .find(form.articleId())
            .orElseThrow(() -> new InvalidInput("articleId", "justice.unknownArticle"));
    if (!article.inForceOn(form.registeredOn())) {
      throw new InvalidInput(
          "articleId", "justice.articleNotInForce", article.code(), form.registeredOn());
    }
    boolean taken =
        jdbc.sql(
                "select count(*) > 0 from criminal_case where upper(registration_number) = upper(:n)")
            .param("n", form.registrationNumber().strip())
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new InvalidInput(
          "registrationNumber", "justice.numberTaken", form.registrationNumber());
    }
    if (form.operationId() != null
        && !jdbc.sql("select count(*) > 0 from enforcement_operation where id = :id")
            .param("id", form.operationId())
            .query(Boolean.class)
            .single()) {
      throw new InvalidInput("operationId", "justice.unknownOperation");
    }
    CriminalCase c =
        CriminalCase.register(
            form.registrationNumber().strip(),
            actor.organisationId(),
            form.registeredOn(),
            form.origin(),
            form.exploitationTypes(),
            article.id(),
            form.operationId(),
            actor.username(),
            Instant.now(clock));
    c.markDefinition(form.notInternationalDefinition(), form.definitionNote());
    UUID id = cases.save(c).id();
    bodies.addBody(id, actor.organisationId(), actor.username());
    audit.record(
        AuditRecord.of("CRIMINAL_CASE_REGISTERED", "criminal-case", id)
            .withDetails(form.registrationNumber() + " art. " + article.code()));
    events.publishEvent(
        new Events.CaseRegistered(
            id, actor.organisationId(), article.code(), form.origin(), form.registeredOn()));
    return id;
  }

  @Transactional
  void linkVictim(UUID caseId, String pseudonym) {
    JusticePolicy.requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    policy.requireHandler(records.load(caseId));
    UUID victim =
        victims
            .caseIdOfPseudonym(pseudonym)
            .orElseThrow(() -> new InvalidInput("pseudonym", "justice.unknownPseudonym"));
    jdbc.sql(
            """
                insert into criminal_case_victim (criminal_case_id, victim_case_id, pseudonym)
                values (:c, :v, :p) on conflict do nothing
                """)
        .param("c", caseId)
        .param("v", victim)
        .param("p", pseudonym.strip().toUpperCase(Locale.ROOT))
        .update();
    audit.record(AuditRecord.of("VICTIM_LINKED", "criminal-case", caseId).withDetails(pseudonym));
  }

  @Transactional
  void markDefinition(UUID caseId, boolean notInternational, String note) {
    JusticePolicy.requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    policy.requireHandler(records.load(caseId));
    CriminalCase c = cases.findById(caseId).orElseThrow();
    c.markDefinition(notInternational, note);
    cases.save(c);
    audit.record(
        AuditRecord.of("CASE_DEFINITION_MARKED", "criminal-case", caseId)
            .withDetails("notInternational=" + notInternational));
  }
}
