package org.koldoo.justice.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.CloseReason;
import org.koldoo.justice.DetentionMeasure;
import org.koldoo.justice.EventType;
import org.koldoo.justice.Events;
import org.koldoo.justice.TraffickingAmongOffences;
import org.koldoo.justice.VerdictOutcome;
import org.koldoo.justice.internal.ArticleCatalogue.Article;
import org.koldoo.justice.internal.JusticeForms.DefendantForm;
import org.koldoo.justice.internal.JusticeForms.DetentionForm;
import org.koldoo.justice.internal.JusticeForms.EventForm;
import org.koldoo.justice.internal.JusticeForms.OperationForm;
import org.koldoo.justice.internal.JusticeForms.RegisterCase;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Navigation;
import org.koldoo.platform.web.NotFoundException;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.VictimCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers criminal cases and records what happens to them. Every event is checked against the
 * whole replayed timeline before it is written, and who may record it follows the role.
 */
@Service
class CriminalCaseService {

  private final JdbcClient jdbc;
  private final ArticleCatalogue articles;
  private final FieldCipher cipher;
  private final VictimCases victims;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Organisations organisations;

  CriminalCaseService(
      JdbcClient jdbc,
      ArticleCatalogue articles,
      FieldCipher cipher,
      VictimCases victims,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      Organisations organisations) {
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.articles = articles;
    this.cipher = cipher;
    this.victims = victims;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The stored facts of a case (its state comes from {@link CaseTimeline}). */
  record CaseRow(
      UUID id,
      String registrationNumber,
      UUID organisationId,
      LocalDate registeredOn,
      String origin,
      /** Comma-separated forms of exploitation, or null. */
      String exploitationTypes,
      UUID initialArticle,
      boolean notInternationalDefinition,
      String definitionNote,
      UUID operationId) {}

  record Defendant(
      UUID id,
      byte[] sealed,
      String sex,
      String citizenship,
      boolean publicOfficial,
      String officialBody,
      LocalDate birthDate,
      Integer birthYear) {}

  @Transactional
  UUID register(RegisterCase form) {
    Actor actor = requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
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
    addBody(id, actor.organisationId(), actor.username());
    audit.record(
        AuditRecord.of("CRIMINAL_CASE_REGISTERED", "criminal-case", id)
            .withDetails(form.registrationNumber() + " art. " + article.code()));
    events.publishEvent(
        new Events.CaseRegistered(
            id, actor.organisationId(), article.code(), form.origin(), form.registeredOn()));
    return id;
  }

  @Transactional
  UUID addDefendant(UUID caseId, DefendantForm form) {
    Actor actor = requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    requireHandler(load(caseId));
    if (form.citizenship() != null
        && !form.citizenship().isBlank()
        && !Set.of(Locale.getISOCountries())
            .contains(form.citizenship().toUpperCase(Locale.ROOT))) {
      throw new InvalidInput("citizenship", "case.unknownCountry", form.citizenship());
    }
    if (form.publicOfficial() && (form.officialBody() == null || form.officialBody().isBlank())) {
      throw new InvalidInput("officialBody", "justice.officialBodyRequired");
    }
    Integer birthYear = birthYear(form);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into defendant (id, criminal_case_id, identity_ciphertext, sex, citizenship,"
                + " public_official, official_body, birth_date, birth_year, created_at)"
                + " values (:id, :c, :name, :sex, :cit, :official, :body, :born, :year, :at)")
        .param("id", id)
        .param("c", caseId)
        .param("name", cipher.encrypt(form.name().strip(), "defendant:" + id))
        .param("sex", form.sex() == null ? null : form.sex().name())
        .param(
            "cit",
            form.citizenship() == null || form.citizenship().isBlank()
                ? null
                : form.citizenship().toUpperCase(Locale.ROOT))
        .param("official", form.publicOfficial())
        .param("body", form.officialBody())
        .param("born", form.birthDate())
        .param("year", birthYear)
        .param("at", Timestamp.from(Instant.now(clock)))
        .update();
    audit.record(
        AuditRecord.of("DEFENDANT_ADDED", "criminal-case", caseId)
            .withDetails(form.publicOfficial() ? "public official" : null));
    return id;
  }

  /**
   * The year of birth: the date's when a date is given (a different year beside it is refused),
   * else the year given alone, which must not lie ahead of Bishkek's today.
   */
  private Integer birthYear(DefendantForm form) {
    if (form.birthDate() != null) {
      if (form.birthYear() != null && form.birthYear() != form.birthDate().getYear()) {
        throw new InvalidInput("birthYear", "justice.birthYearMismatch", form.birthDate());
      }
      if (form.birthDate().getYear() < 1900) {
        throw new InvalidInput("birthDate", "justice.birthTooEarly");
      }
      return form.birthDate().getYear();
    }
    if (form.birthYear() != null && form.birthYear() > LocalDate.now(clock).getYear()) {
      throw new InvalidInput("birthYear", "justice.birthYearAhead", form.birthYear());
    }
    return form.birthYear();
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
    requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    requireHandler(load(caseId));
    UUID victim =
        victims
            .caseIdOfPseudonym(pseudonym)
            .orElseThrow(() -> new InvalidInput("pseudonym", "justice.unknownPseudonym"));
    jdbc.sql(
            "insert into criminal_case_victim (criminal_case_id, victim_case_id, pseudonym)"
                + " values (:c, :v, :p) on conflict do nothing")
        .param("c", caseId)
        .param("v", victim)
        .param("p", pseudonym.strip().toUpperCase(Locale.ROOT))
        .update();
    audit.record(AuditRecord.of("VICTIM_LINKED", "criminal-case", caseId).withDetails(pseudonym));
  }

  @Transactional
  void markDefinition(UUID caseId, boolean notInternational, String note) {
    requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    requireHandler(load(caseId));
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

  @Transactional
  UUID recordEvent(UUID caseId, EventForm form) {
    CaseRow c = load(caseId);
    Set<Role> roles = Navigation.rolesOf(SecurityContextHolder.getContext().getAuthentication());
    if (!form.type().mayBeRecordedBy(roles)) {
      throw new AccessDeniedException("this role may not record " + form.type());
    }
    Actor actor = requireHandler(c);
    if (form.defendantId() != null && !defendantIds(caseId).contains(form.defendantId())) {
      throw new InvalidInput("defendantId", "justice.unknownDefendant");
    }
    checkCodes(form);
    Map<UUID, CaseTimeline.ArticleRef> refs = refs();
    List<CaseTimeline.Event> existing = events(caseId);
    CaseTimeline.State before =
        CaseTimeline.replay(
            c.registeredOn(), c.initialArticle(), defendantIds(caseId), existing, refs);
    UUID id = UUID.randomUUID();
    Instant now = Instant.now(clock);
    UUID articleFrom =
        form.type() == EventType.RECLASSIFIED
            ? stateAt(c, existing, refs, form.occurredOn()).currentArticle()
            : null;
    CaseTimeline.Event event =
        new CaseTimeline.Event(
            id,
            form.type(),
            form.occurredOn(),
            now,
            form.defendantId(),
            articleFrom,
            form.articleTo(),
            form.reason(),
            form.outcome(),
            form.months(),
            form.suspended(),
            form.fine(),
            form.amount(),
            form.country() == null ? null : form.country().toUpperCase(Locale.ROOT),
            form.note());
    List<CaseTimeline.Event> after = new ArrayList<>(existing);
    after.add(event);
    CaseTimeline.State state =
        CaseTimeline.replay(
            c.registeredOn(), c.initialArticle(), defendantIds(caseId), after, refs);
    jdbc.sql(
            """
            insert into case_event (id, criminal_case_id, event_type, occurred_on, defendant_id,
              article_from_id, article_to_id, reason, outcome, months, suspended, fine_kgs,
              amount_kgs, country, note, recorded_by, recorded_at, organisation_id)
            values (:id, :c, :type, :on, :def, :from, :to, :reason, :outcome, :months, :susp, :fine,
              :amount, :country, :note, :by, :at, :org)
            """)
        .param("id", id)
        .param("c", caseId)
        .param("type", form.type().name())
        .param("on", form.occurredOn())
        .param("def", form.defendantId())
        .param("from", articleFrom)
        .param("to", form.articleTo())
        .param("reason", form.reason())
        .param("outcome", form.outcome())
        .param("months", form.months())
        .param("susp", form.suspended())
        .param("fine", form.fine())
        .param("amount", form.amount())
        .param("country", event.country())
        .param("note", form.note())
        .param("by", actor.username())
        .param("at", Timestamp.from(now))
        .param("org", actor.organisationId())
        .update();
    audit.record(
        AuditRecord.of("CASE_EVENT_RECORDED", "criminal-case", caseId)
            .withDetails(form.type() + " " + form.occurredOn()));
    publish(caseId, event, refs, before, state);
    return id;
  }

  private CaseTimeline.State stateAt(
      CaseRow c,
      List<CaseTimeline.Event> existing,
      Map<UUID, CaseTimeline.ArticleRef> refs,
      LocalDate day) {
    List<CaseTimeline.Event> earlier = existing.stream().filter(e -> !e.on().isAfter(day)).toList();
    return CaseTimeline.replay(
        c.registeredOn(), c.initialArticle(), defendantIds(c.id()), earlier, refs);
  }

  private void publish(
      UUID caseId,
      CaseTimeline.Event e,
      Map<UUID, CaseTimeline.ArticleRef> refs,
      CaseTimeline.State before,
      CaseTimeline.State after) {
    switch (e.type()) {
      case RECLASSIFIED ->
          events.publishEvent(
              new Events.CaseReclassified(
                  caseId,
                  refs.get(e.articleFrom()).code(),
                  refs.get(e.articleTo()).code(),
                  after.downgraded() && !before.downgraded(),
                  e.on()));
      case CLOSED ->
          events.publishEvent(
              new Events.CaseClosed(caseId, CloseReason.valueOf(e.reason()), e.on()));
      case SENT_TO_COURT -> events.publishEvent(new Events.CaseSentToCourt(caseId, e.on()));
      case VERDICT -> {
        if (VerdictOutcome.CONVICTED.name().equals(e.outcome())) {
          boolean official =
              defendants(caseId).stream()
                  .anyMatch(d -> d.id().equals(e.defendantId()) && d.publicOfficial());
          events.publishEvent(
              new Events.DefendantConvicted(caseId, e.defendantId(), official, e.on()));
        }
      }
      case SENTENCE ->
          events.publishEvent(
              new Events.SentenceImposed(
                  caseId, e.defendantId(), e.months(), Boolean.TRUE.equals(e.suspended()), e.on()));
      default -> {
        // the other events are read from the case itself
      }
    }
  }

  /** Codes that come as text from the form must name real values of their list. */
  private static void checkCodes(EventForm form) {
    try {
      switch (form.type()) {
        case CLOSED -> {
          if (form.reason() != null) {
            CloseReason.valueOf(form.reason());
          }
        }
        case VERDICT -> {
          if (form.outcome() != null) {
            VerdictOutcome.valueOf(form.outcome());
          }
        }
        case APPEAL -> {
          if (form.outcome() != null) {
            org.koldoo.justice.AppealOutcome.valueOf(form.outcome());
          }
        }
        default -> {}
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          form.type() == EventType.CLOSED ? "reason" : "outcome", "justice.unknownCode");
    }
    if (form.country() != null
        && !form.country().isBlank()
        && !Set.of(Locale.getISOCountries()).contains(form.country().toUpperCase(Locale.ROOT))) {
      throw new InvalidInput("country", "case.unknownCountry", form.country());
    }
  }

  // ---- reading -----------------------------------------------------------------------------

  CaseRow load(UUID id) {
    requireViewer();
    return jdbc.sql(
            "select id, registration_number, organisation_id, registered_on, origin,"
                + " exploitation_types, initial_article_id, not_international_definition,"
                + " definition_note, operation_id from criminal_case where id = :id")
        .param("id", id)
        .query(CriminalCaseService::row)
        .optional()
        .orElseThrow(() -> new CriminalCaseNotFound(id));
  }

  List<CaseRow> all() {
    requireViewer();
    return jdbc.sql(
            "select id, registration_number, organisation_id, registered_on, origin,"
                + " exploitation_types, initial_article_id, not_international_definition,"
                + " definition_note, operation_id from criminal_case order by registered_on desc,"
                + " registration_number")
        .query(CriminalCaseService::row)
        .list();
  }

  private static CaseRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new CaseRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getObject(3, UUID.class),
        rs.getObject(4, LocalDate.class),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, UUID.class),
        rs.getBoolean(8),
        rs.getString(9),
        rs.getObject(10, UUID.class));
  }

  private static final String EVENT_COLUMNS =
      "select id, event_type, occurred_on, recorded_at, defendant_id, article_from_id,"
          + " article_to_id, reason, outcome, months, suspended, fine_kgs, amount_kgs, country,"
          + " note, criminal_case_id from case_event";

  List<CaseTimeline.Event> events(UUID caseId) {
    return jdbc.sql(EVENT_COLUMNS + " where criminal_case_id = :c")
        .param("c", caseId)
        .query(CriminalCaseService::event)
        .list();
  }

  /** Every case's events in one reading, for the register. */
  Map<UUID, List<CaseTimeline.Event>> eventsByCase() {
    requireViewer();
    Map<UUID, List<CaseTimeline.Event>> byCase = new HashMap<>();
    jdbc.sql(EVENT_COLUMNS)
        .query(
            rs -> {
              byCase
                  .computeIfAbsent(rs.getObject(16, UUID.class), k -> new ArrayList<>())
                  .add(event(rs, 0));
            });
    return byCase;
  }

  private static CaseTimeline.Event event(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new CaseTimeline.Event(
        rs.getObject(1, UUID.class),
        EventType.valueOf(rs.getString(2)),
        rs.getObject(3, LocalDate.class),
        rs.getTimestamp(4).toInstant(),
        rs.getObject(5, UUID.class),
        rs.getObject(6, UUID.class),
        rs.getObject(7, UUID.class),
        rs.getString(8),
        rs.getString(9),
        (Integer) rs.getObject(10),
        (Boolean) rs.getObject(11),
        rs.getBigDecimal(12),
        rs.getBigDecimal(13),
        rs.getString(14),
        rs.getString(15));
  }

  private static final String DEFENDANT_COLUMNS =
      "select id, identity_ciphertext, sex, citizenship, public_official, official_body,"
          + " criminal_case_id, birth_date, birth_year from defendant";

  List<Defendant> defendants(UUID caseId) {
    return jdbc.sql(DEFENDANT_COLUMNS + " where criminal_case_id = :c order by created_at, id")
        .param("c", caseId)
        .query(CriminalCaseService::defendant)
        .list();
  }

  /** Every case's defendants in one reading, for the register (identities stay sealed). */
  Map<UUID, List<Defendant>> defendantsByCase() {
    requireViewer();
    Map<UUID, List<Defendant>> byCase = new HashMap<>();
    jdbc.sql(DEFENDANT_COLUMNS + " order by created_at, id")
        .query(
            rs -> {
              byCase
                  .computeIfAbsent(rs.getObject(7, UUID.class), k -> new ArrayList<>())
                  .add(defendant(rs, 0));
            });
    return byCase;
  }

  private static Defendant defendant(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Defendant(
        rs.getObject(1, UUID.class),
        rs.getBytes(2),
        rs.getString(3),
        rs.getString(4),
        rs.getBoolean(5),
        rs.getString(6),
        rs.getObject(8, LocalDate.class),
        rs.getObject(9, Integer.class));
  }

  /** Defendants' names, for the justice roles only; every reading audited. */
  Map<UUID, String> defendantNames(UUID caseId) {
    Set<Role> roles = Navigation.rolesOf(SecurityContextHolder.getContext().getAuthentication());
    Map<UUID, String> names = new HashMap<>();
    if (roles.stream()
            .noneMatch(r -> r == Role.INVESTIGATOR || r == Role.PROSECUTOR || r == Role.COURT_CLERK)
        || !handles(caseId, Actors.current().organisationId())) {
      return names;
    }
    for (Defendant d : defendants(caseId)) {
      names.put(d.id(), cipher.decrypt(d.sealed(), "defendant:" + d.id()));
    }
    if (!names.isEmpty()) {
      audit.record(
          AuditRecord.of("DEFENDANT_IDENTITY_VIEWED", "criminal-case", caseId)
              .withPurpose("case work"));
    }
    return names;
  }

  List<String[]> victims(UUID caseId) {
    return jdbc.sql(
            "select victim_case_id, pseudonym from criminal_case_victim where criminal_case_id = :c order by pseudonym")
        .param("c", caseId)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }

  Set<UUID> defendantIds(UUID caseId) {
    Set<UUID> ids = new HashSet<>();
    defendants(caseId).forEach(d -> ids.add(d.id()));
    return ids;
  }

  Map<UUID, CaseTimeline.ArticleRef> refs() {
    Map<UUID, CaseTimeline.ArticleRef> refs = new HashMap<>();
    articles.all().forEach(a -> refs.put(a.id(), a.ref()));
    return refs;
  }

  CaseTimeline.State state(CaseRow c) {
    return state(c, defendants(c.id()), events(c.id()), refs());
  }

  static CaseTimeline.State state(
      CaseRow c,
      List<Defendant> defendants,
      List<CaseTimeline.Event> events,
      Map<UUID, CaseTimeline.ArticleRef> refs) {
    Set<UUID> ids = new HashSet<>();
    defendants.forEach(d -> ids.add(d.id()));
    return CaseTimeline.replay(c.registeredOn(), c.initialArticle(), ids, events, refs);
  }

  @Transactional
  UUID recordOperation(OperationForm form) {
    Actor actor = requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    if (form.endedOn() != null && form.endedOn().isBefore(form.startedOn())) {
      throw new InvalidInput("endedOn", "case.periodReversed");
    }
    if (form.offencesUncovered() < 0) {
      throw new InvalidInput("offencesUncovered", "justice.negative");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into enforcement_operation (id, name, place, started_on, ended_on,"
                + " offences_uncovered, trafficking_among_offences, organisation_id, recorded_by)"
                + " values (:id,"
                + " :name, :place, :from, :to, :n, :t, :org, :by)")
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
            "select id, name, place, started_on, ended_on, offences_uncovered,"
                + " trafficking_among_offences from enforcement_operation"
                + " order by started_on desc, name")
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
            "select operation_id, id, occurred_on, measure, persons, citizenship, screened,"
                + " referred_as_victims, note from operation_detention order by occurred_on, id")
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
    Actor actor = requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
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
            "insert into operation_detention (id, operation_id, occurred_on, measure, persons,"
                + " citizenship, screened, referred_as_victims, note, organisation_id,"
                + " recorded_by, recorded_at) values (:id, :op, :on, :measure, :persons, :cit,"
                + " :screened, :referred, :note, :org, :by, :at)")
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

  // ---- the bodies that handle a case --------------------------------------------------------

  /** Whether {@code organisation} handles the case (registered it or had it handed over). */
  boolean handles(UUID caseId, UUID organisation) {
    return organisation != null
        && jdbc.sql(
                "select count(*) > 0 from criminal_case_body"
                    + " where criminal_case_id = :c and organisation_id = :o")
            .param("c", caseId)
            .param("o", organisation)
            .query(Boolean.class)
            .single();
  }

  /** Active police, prosecution and court bodies a case may be handed to. */
  List<OrganisationSummary> justiceBodies() {
    return organisations.active().stream().filter(o -> o.type().isJustice()).toList();
  }

  /** The bodies handling a case, by organisation code. */
  List<String> bodies(UUID caseId) {
    return jdbc
        .sql(
            "select organisation_id from criminal_case_body where criminal_case_id = :c"
                + " order by added_at, organisation_id")
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
    Actor actor = requireHandler(load(caseId));
    OrganisationSummary to =
        organisations
            .find(organisation)
            .filter(OrganisationSummary::active)
            .orElseThrow(() -> new InvalidInput("organisationId", "case.unknownOrganisation"));
    if (!to.type().isJustice()) {
      throw new InvalidInput("organisationId", "justice.notJusticeBody");
    }
    if (handles(caseId, to.id())) {
      return;
    }
    addBody(caseId, to.id(), actor.username());
    audit.record(
        AuditRecord.of("CRIMINAL_CASE_HANDED_OVER", "criminal-case", caseId)
            .withDetails("to=" + to.code()));
  }

  private void addBody(UUID caseId, UUID organisation, String by) {
    jdbc.sql(
            "insert into criminal_case_body (criminal_case_id, organisation_id, added_at, added_by)"
                + " values (:c, :o, :at, :by) on conflict do nothing")
        .param("c", caseId)
        .param("o", organisation)
        .param("at", Timestamp.from(Instant.now(clock)))
        .param("by", by)
        .update();
  }

  private Actor requireHandler(CaseRow c) {
    Actor actor = Actors.current();
    if (!handles(c.id(), actor.organisationId())) {
      throw new AccessDeniedException("only the bodies handling a criminal case write to it");
    }
    return actor;
  }

  private static Actor requireRole(Role... allowed) {
    Set<Role> roles = Navigation.rolesOf(SecurityContextHolder.getContext().getAuthentication());
    Actor actor = Actors.current();
    for (Role r : allowed) {
      if (roles.contains(r) && actor.organisationId() != null) {
        return actor;
      }
    }
    throw new AccessDeniedException("needs one of " + List.of(allowed));
  }

  /**
   * Justice roles and national roles read criminal cases; victims' identities never appear here.
   */
  private static void requireViewer() {
    Set<Role> roles = Navigation.rolesOf(SecurityContextHolder.getContext().getAuthentication());
    if (roles.stream().noneMatch(JusticeScreens.VIEWERS::contains)) {
      throw new AccessDeniedException("criminal cases are not visible to this role");
    }
  }

  static final class CriminalCaseNotFound extends NotFoundException {
    CriminalCaseNotFound(UUID id) {
      super("justice.notFound", id);
    }
  }
}
