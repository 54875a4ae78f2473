package org.koldoo.justice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.EventType;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.NotFoundException;
import org.koldoo.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads criminal cases as they are stored: the case, its events, defendants (identities sealed but
 * for the bodies handling the case, every reading audited) and linked victims' pseudonyms.
 */
@org.springframework.stereotype.Component
class CriminalCaseRecords {

  private final JdbcClient jdbc;
  private final ArticleCatalogue articles;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final JusticePolicy policy;

  CriminalCaseRecords(
      JdbcClient jdbc,
      ArticleCatalogue articles,
      FieldCipher cipher,
      AuditTrail audit,
      JusticePolicy policy) {
    this.jdbc = jdbc;
    this.articles = articles;
    this.cipher = cipher;
    this.audit = audit;
    this.policy = policy;
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

  /** A defendant, a part of the {@link CriminalCase} aggregate; the name sealed. */
  @org.springframework.data.relational.core.mapping.Table("defendant")
  record Defendant(
      @org.springframework.data.annotation.Id UUID id,
      @org.springframework.data.relational.core.mapping.Column("identity_ciphertext") byte[] sealed,
      String sex,
      String citizenship,
      boolean publicOfficial,
      String officialBody,
      LocalDate birthDate,
      Integer birthYear,
      java.time.Instant createdAt) {}

  CaseRow load(UUID id) {
    JusticePolicy.requireViewer();
    return jdbc.sql(
            """
                select id, registration_number, organisation_id, registered_on, origin,
                nullif(array_to_string(exploitation_types, ','), ''), initial_article_id, not_international_definition,
                definition_note, operation_id from criminal_case where id = :id
                """)
        .param("id", id)
        .query(CriminalCaseRecords::row)
        .optional()
        .orElseThrow(() -> new CriminalCaseNotFound(id));
  }

  List<CaseRow> all() {
    JusticePolicy.requireViewer();
    return jdbc.sql(
            """
                select id, registration_number, organisation_id, registered_on, origin,
                nullif(array_to_string(exploitation_types, ','), ''), initial_article_id, not_international_definition,
                definition_note, operation_id from criminal_case order by registered_on desc,
                registration_number
                """)
        .query(CriminalCaseRecords::row)
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
      """
          select id, event_type, occurred_on, recorded_at, defendant_id, article_from_id,
          article_to_id, reason, outcome, months, suspended, fine_kgs, amount_kgs, country,
          note, criminal_case_id from case_event
          """;

  /** Who recorded an event, for which body. */
  record Recorder(String username, UUID organisationId) {}

  /** Who recorded each of a case's events, by the event's id. */
  Map<UUID, Recorder> recorders(UUID caseId) {
    Map<UUID, Recorder> by = new HashMap<>();
    jdbc.sql("select id, recorded_by, organisation_id from case_event where criminal_case_id = :c")
        .param("c", caseId)
        .query(
            (rs, n) ->
                by.put(
                    rs.getObject(1, UUID.class),
                    new Recorder(rs.getString(2), rs.getObject(3, UUID.class))))
        .list();
    return by;
  }

  List<CaseTimeline.Event> events(UUID caseId) {
    return jdbc.sql("%s where criminal_case_id = :c".formatted(EVENT_COLUMNS))
        .param("c", caseId)
        .query(CriminalCaseRecords::event)
        .list();
  }

  /** Every case's events in one reading, for the register. */
  Map<UUID, List<CaseTimeline.Event>> eventsByCase() {
    JusticePolicy.requireViewer();
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
      """
          select id, identity_ciphertext, sex, citizenship, public_official, official_body,
          criminal_case_id, birth_date, birth_year, created_at from defendant
          """;

  List<Defendant> defendants(UUID caseId) {
    return jdbc.sql(
            "%s where criminal_case_id = :c order by created_at, id".formatted(DEFENDANT_COLUMNS))
        .param("c", caseId)
        .query(CriminalCaseRecords::defendant)
        .list();
  }

  /** Every case's defendants in one reading, for the register (identities stay sealed). */
  Map<UUID, List<Defendant>> defendantsByCase() {
    JusticePolicy.requireViewer();
    Map<UUID, List<Defendant>> byCase = new HashMap<>();
    jdbc.sql("%s order by created_at, id".formatted(DEFENDANT_COLUMNS))
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
        rs.getObject(9, Integer.class),
        rs.getTimestamp(10).toInstant());
  }

  /** Defendants' names, for the justice roles only; every reading audited. */
  Map<UUID, String> defendantNames(UUID caseId) {
    Set<Role> roles = Actors.current().roles();
    Map<UUID, String> names = new HashMap<>();
    if (roles.stream()
            .noneMatch(r -> r == Role.INVESTIGATOR || r == Role.PROSECUTOR || r == Role.COURT_CLERK)
        || !policy.handles(caseId, Actors.current().organisationId())) {
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

  static final class CriminalCaseNotFound extends NotFoundException {
    CriminalCaseNotFound(UUID id) {
      super("justice.notFound", id);
    }
  }
}
