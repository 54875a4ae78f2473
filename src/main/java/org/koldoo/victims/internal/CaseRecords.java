package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.ConsentWithdrawalReason;
import org.koldoo.victims.IdentificationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The records appended to a case: screenings, decisions, consents, returns, access grants. */
@Component
class CaseRecords {

  private final JdbcClient jdbc;
  private final java.time.Clock clock;

  CaseRecords(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** One organisation's relationship to a case, in one query. */
  AccessPolicy.Facts facts(UUID caseId, UUID organisation) {
    return jdbc.sql(FACTS)
        .param("c", caseId)
        .param("today", today())
        .param("o", organisation)
        .query(CaseRecords::facts)
        .single();
  }

  /**
   * The columns of {@link AccessPolicy.Facts} for the case of row {@code c} of {@code victim_case}
   * and organisation {@code :o} on day {@code :today} (a consent counts while in force), as a
   * select list other queries of this module can embed.
   */
  static final String FACTS_COLUMNS =
      """
      exists (select 1 from victim_access_grant g where g.case_id = c.id
              and g.organisation_id = :o and g.revoked_at is null) as grant_live,
      exists (select 1 from victim_access_grant g where g.case_id = c.id
              and g.organisation_id = :o and g.revoked_at is null and g.accepted) as grant_accepted,
      exists (select 1 from victim_consent k where k.case_id = c.id and k.purpose = 'REFERRAL'
              and k.withdrawn_on is null
              and (k.valid_until is null or k.valid_until >= :today)) as referral_active,
      exists (select 1 from victim_consent k where k.case_id = c.id and k.purpose = 'REFERRAL'
              and k.withdrawn_on is not null) as referral_withdrawn,
      exists (select 1 from victim_consent k where k.case_id = c.id
              and k.purpose = 'SHARING_WITH_ORGANISATION' and k.organisation_id = :o
              and k.withdrawn_on is null
              and (k.valid_until is null or k.valid_until >= :today)) as sharing_active,
      exists (select 1 from victim_consent k where k.case_id = c.id
              and k.purpose = 'SHARING_WITH_ORGANISATION' and k.organisation_id = :o
              and k.withdrawn_on is not null) as sharing_withdrawn,
      exists (select 1 from victim_consent k where k.case_id = c.id
              and k.purpose = 'LAW_ENFORCEMENT_CONTACT' and k.organisation_id = :o
              and k.withdrawn_on is null
              and (k.valid_until is null or k.valid_until >= :today)) as le_active,
      exists (select 1 from victim_consent k where k.case_id = c.id
              and k.purpose = 'LAW_ENFORCEMENT_CONTACT' and k.organisation_id = :o
              and k.withdrawn_on is not null) as le_withdrawn
      """;

  private static final String FACTS =
      "select %s from victim_case c where c.id = :c".formatted(FACTS_COLUMNS);

  /** What the access policy needs to decide on one case for one organisation. */
  record Relation(UUID caseId, UUID owner, boolean child, AccessPolicy.Facts facts) {}

  /**
   * The relation of organisation {@code viewerOrganisation} to each case a condition on {@code c}
   * selects (its parameters in {@code params}), in one query: no query per case.
   */
  List<Relation> relations(String where, Map<String, ?> params, UUID viewerOrganisation) {
    return jdbc.sql(
            "select c.id, c.organisation_id, c.child, %s from victim_case c where %s"
                .formatted(FACTS_COLUMNS, where))
        .params(params)
        .param("today", today())
        .param("o", viewerOrganisation == null ? new UUID(0, 0) : viewerOrganisation)
        .query(
            (rs, n) ->
                new Relation(
                    rs.getObject("id", UUID.class),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getBoolean("child"),
                    facts(rs, n)))
        .list();
  }

  static AccessPolicy.Facts facts(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    boolean referralActive = rs.getBoolean("referral_active");
    boolean sharingActive = rs.getBoolean("sharing_active");
    boolean leActive = rs.getBoolean("le_active");
    // a withdrawal counts only while no consent of the same kind has been given again
    return new AccessPolicy.Facts(
        rs.getBoolean("grant_live"),
        rs.getBoolean("grant_accepted"),
        referralActive,
        !referralActive && rs.getBoolean("referral_withdrawn"),
        sharingActive,
        !sharingActive && rs.getBoolean("sharing_withdrawn"),
        leActive,
        !leActive && rs.getBoolean("le_withdrawn"));
  }

  /** A case as one viewer organisation may be shown it, read in one statement. */
  record CaseRead(
      CaseSummary summary,
      int version,
      AccessPolicy.Facts facts,
      List<TimelineEntry> timeline,
      List<ConsentRow> consents) {}

  /** A case with its latest status, the viewer's facts (%1$s), its timeline (%2$s), consents. */
  private static final String READ =
      """
      select c.id, c.case_number, c.pseudonym, c.organisation_id, c.registered_on, c.sex,
             c.birth_year, c.child,
             nullif(array_to_string(c.citizenships, ','), '') as citizenships, c.region, c.version,
             (select status from victim_identification i where i.case_id = c.id
               order by decided_on desc, id desc limit 1) as status,
             %1$s,
             (select json_agg(json_build_object('on', t.on_date, 'kind', t.kind,
                     'labelKey', t.label, 'detail', t.detail, 'organisationId', t.organisation_id,
                     'recordedBy', t.recorded_by)
                     order by t.on_date, t.step)
                from (%2$s) t) as timeline,
             (select json_agg(json_build_object('id', k.id, 'purpose', k.purpose,
                     'organisationId', k.organisation_id, 'givenOn', k.given_on,
                     'byGuardian', k.given_by_guardian, 'withdrawnOn', k.withdrawn_on,
                     'validUntil', k.valid_until, 'withdrawalReason', k.withdrawal_reason)
                     order by k.given_on, k.id)
                from victim_consent k where k.case_id = c.id) as consents
        from victim_case c where c.id = :c
      """;

  /**
   * The case with its latest status, its timeline, its consents and the viewer organisation's
   * relationship to it, in one statement (one snapshot, one round trip): the API's most frequent
   * read.
   */
  Optional<CaseRead> read(UUID caseId, UUID viewerOrganisation) {
    return jdbc.sql(READ.formatted(FACTS_COLUMNS, CaseTimelineSql.TIMELINE))
        .param("c", caseId)
        .param("today", today())
        .param("o", viewerOrganisation == null ? new UUID(0, 0) : viewerOrganisation)
        .query(
            (rs, n) ->
                new CaseRead(
                    new CaseSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
                        rs.getString("pseudonym"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("registered_on", LocalDate.class),
                        rs.getString("sex") == null
                            ? null
                            : org.koldoo.victims.Sex.valueOf(rs.getString("sex")),
                        (Integer) rs.getObject("birth_year"),
                        rs.getBoolean("child"),
                        rs.getString("status") == null
                            ? null
                            : IdentificationStatus.valueOf(rs.getString("status")),
                        rs.getString("citizenships"),
                        rs.getString("region")),
                    rs.getInt("version"),
                    facts(rs, n),
                    json(rs.getString("timeline"), TimelineEntry.class),
                    json(rs.getString("consents"), ConsentRow.class)))
        .optional();
  }

  /** A case's sealed identity fields and one viewer organisation's relationship to it. */
  record Sealed(
      UUID owner,
      boolean child,
      byte[] identity,
      byte[] guardian,
      byte[] bestInterests,
      AccessPolicy.Facts facts) {}

  Optional<Sealed> sealed(UUID caseId, UUID viewerOrganisation) {
    return jdbc.sql(
            """
            select c.organisation_id, c.child, c.identity_ciphertext, c.guardian_ciphertext,
                   c.best_interests_ciphertext, %s
              from victim_case c where c.id = :c
            """
                .formatted(FACTS_COLUMNS))
        .param("c", caseId)
        .param("today", today())
        .param("o", viewerOrganisation == null ? new UUID(0, 0) : viewerOrganisation)
        .query(
            (rs, n) ->
                new Sealed(
                    rs.getObject("organisation_id", UUID.class),
                    rs.getBoolean("child"),
                    rs.getBytes("identity_ciphertext"),
                    rs.getBytes("guardian_ciphertext"),
                    rs.getBytes("best_interests_ciphertext"),
                    facts(rs, n)))
        .optional();
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private static <T> List<T> json(String array, Class<T> type) {
    if (array == null) {
      return List.of();
    }
    return JSON.readValue(array, JSON.getTypeFactory().constructCollectionType(List.class, type));
  }

  /** Each case's latest identification status, for many cases in one query (none: absent). */
  Map<UUID, IdentificationStatus> latestStatuses(java.util.Collection<UUID> caseIds) {
    Map<UUID, IdentificationStatus> statuses = new java.util.HashMap<>();
    if (caseIds.isEmpty()) {
      return statuses;
    }
    jdbc.sql(
            """
                select distinct on (case_id) case_id, status from victim_identification
                where case_id in (:c) order by case_id, decided_on desc, id desc
                """)
        .param("c", caseIds)
        .query(
            (rs, n) ->
                statuses.put(
                    rs.getObject(1, UUID.class), IdentificationStatus.valueOf(rs.getString(2))))
        .list();
    return statuses;
  }

  List<TimelineEntry> timeline(UUID caseId) {
    return jdbc.sql("%s order by 1, 2".formatted(CaseTimelineSql.TIMELINE))
        .param("c", caseId)
        .param("today", today())
        .query(
            (rs, n) ->
                new TimelineEntry(
                    rs.getObject(1, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, UUID.class),
                    rs.getString(7)))
        .list();
  }

  List<ConsentRow> consents(UUID caseId) {
    return jdbc.sql(
            """
                select id, purpose, organisation_id, given_on, given_by_guardian, withdrawn_on,
                       valid_until, withdrawal_reason
                from victim_consent where case_id = :c order by given_on, id
                """)
        .param("c", caseId)
        .query(
            (rs, n) ->
                new ConsentRow(
                    rs.getObject(1, UUID.class),
                    ConsentPurpose.valueOf(rs.getString(2)),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getBoolean(5),
                    rs.getObject(6, LocalDate.class),
                    rs.getObject(7, LocalDate.class),
                    rs.getString(8) == null
                        ? null
                        : ConsentWithdrawalReason.valueOf(rs.getString(8))))
        .list();
  }
}
