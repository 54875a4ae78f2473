package org.koldoo.justice.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
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

  CriminalCaseService(
      JdbcClient jdbc,
      ArticleCatalogue articles,
      VictimCases victims,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      JusticePolicy policy,
      CriminalCaseRecords records,
      CaseBodies bodies) {
    this.jdbc = jdbc;
    this.articles = articles;
    this.victims = victims;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.policy = policy;
    this.records = records;
    this.bodies = bodies;
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
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into criminal_case (id, registration_number, organisation_id, registered_on,
              origin, exploitation_types, initial_article_id, not_international_definition,
              definition_note, operation_id, created_by, created_at)
            values (:id, :n, :org, :on, :origin, :type, :article, :nid, :note, :op, :by, :at)
            """)
        .param("id", id)
        .param("n", form.registrationNumber().strip())
        .param("org", actor.organisationId())
        .param("on", form.registeredOn())
        .param("origin", form.origin().name())
        .param("type", codes(form.exploitationTypes()))
        .param("article", article.id())
        .param("nid", form.notInternationalDefinition())
        .param("note", form.definitionNote())
        .param("op", form.operationId())
        .param("by", actor.username())
        .param("at", Timestamp.from(Instant.now(clock)))
        .update();
    bodies.addBody(id, actor.organisationId(), actor.username());
    audit.record(
        AuditRecord.of("CRIMINAL_CASE_REGISTERED", "criminal-case", id)
            .withDetails(form.registrationNumber() + " art. " + article.code()));
    events.publishEvent(
        new Events.CaseRegistered(
            id, actor.organisationId(), article.code(), form.origin(), form.registeredOn()));
    return id;
  }

  private static String codes(Set<? extends Enum<?>> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream()
            .map(Enum::name)
            .sorted()
            .collect(java.util.stream.Collectors.joining(","));
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
    jdbc.sql(
            "update criminal_case set not_international_definition = :f, definition_note = :n where id = :id")
        .param("f", notInternational)
        .param("n", note)
        .param("id", caseId)
        .update();
    audit.record(
        AuditRecord.of("CASE_DEFINITION_MARKED", "criminal-case", caseId)
            .withDetails("notInternational=" + notInternational));
  }
}
