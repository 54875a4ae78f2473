package org.koldoo.victims.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.IdentificationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The records appended to a case: screenings, decisions, consents, returns, access grants. */
@Component
class CaseRecords {

  private final JdbcClient jdbc;

  CaseRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String codes(Collection<? extends Enum<?>> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  static String plain(Collection<String> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream().sorted().collect(Collectors.joining(","));
  }

  boolean consentActive(UUID caseId, ConsentPurpose purpose, UUID organisation) {
    return jdbc.sql(
            "select count(*) > 0 from victim_consent where case_id = :c and purpose = :p"
                + " and withdrawn_on is null"
                + (organisation == null ? "" : " and organisation_id = :o"))
        .param("c", caseId)
        .param("p", purpose.name())
        .params(organisation == null ? java.util.Map.of() : java.util.Map.of("o", organisation))
        .query(Boolean.class)
        .single();
  }

  /**
   * Whether the victim withdrew a consent of this purpose (for {@code organisation}, when given)
   * and has given none since: the victim said no, and no emergency overrides that.
   */
  boolean consentWithdrawn(UUID caseId, ConsentPurpose purpose, UUID organisation) {
    return jdbc.sql(
            "select coalesce(bool_or(withdrawn_on is not null) and not bool_or(withdrawn_on is null),"
                + " false)"
                + " from victim_consent where case_id = :c and purpose = :p"
                + (organisation == null ? "" : " and organisation_id = :o"))
        .param("c", caseId)
        .param("p", purpose.name())
        .params(organisation == null ? java.util.Map.of() : java.util.Map.of("o", organisation))
        .query(Boolean.class)
        .single();
  }

  /** Whether {@code organisation} holds a live grant: empty if none, else whether accepted. */
  Optional<Boolean> grant(UUID caseId, UUID organisation) {
    return jdbc.sql(
            "select bool_or(accepted) from victim_access_grant where case_id = :c"
                + " and organisation_id = :o and revoked_at is null having count(*) > 0")
        .param("c", caseId)
        .param("o", organisation)
        .query(Boolean.class)
        .optional();
  }

  void addGrant(UUID caseId, UUID organisation, UUID referralId, Instant now) {
    jdbc.sql(
            "insert into victim_access_grant (id, case_id, organisation_id, referral_id, accepted,"
                + " granted_at) values (:id, :c, :o, :r, false, :t)")
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("o", organisation)
        .param("r", referralId)
        .param("t", Timestamp.from(now))
        .update();
  }

  int acceptGrant(UUID caseId, UUID referralId) {
    return jdbc.sql(
            "update victim_access_grant set accepted = true where case_id = :c and referral_id = :r"
                + " and revoked_at is null")
        .param("c", caseId)
        .param("r", referralId)
        .update();
  }

  int revokeGrant(UUID caseId, UUID referralId, Instant now) {
    return jdbc.sql(
            "update victim_access_grant set revoked_at = :t where case_id = :c and referral_id = :r"
                + " and revoked_at is null")
        .param("c", caseId)
        .param("r", referralId)
        .param("t", Timestamp.from(now))
        .update();
  }

  Optional<IdentificationStatus> latestStatus(UUID caseId) {
    return jdbc.sql(
            "select status from victim_identification where case_id = :c"
                + " order by decided_on desc, id desc limit 1")
        .param("c", caseId)
        .query(String.class)
        .optional()
        .map(IdentificationStatus::valueOf);
  }

  /** The dates that fix a person's age for the child rule: start of exploitation, else decision. */
  Optional<LocalDate> exploitationStart(UUID caseId) {
    return jdbc.sql(
            "select coalesce(min(exploitation_from), min(decided_on)) from victim_identification"
                + " where case_id = :c")
        .param("c", caseId)
        .query(LocalDate.class)
        .optional();
  }

  /** One line of a case's history, oldest first on the case page. */
  record TimelineEntry(
      LocalDate on, String kind, String labelKey, String detail, UUID organisationId) {}

  List<TimelineEntry> timeline(UUID caseId) {
    return jdbc.sql(
            """
            select screened_on as on_date, 1 as step, 'screening' as kind,
                   'VulnerableGroup.' || vulnerable_group as label,
                   case when proposes_presumed then 'presumed' else '' end as detail,
                   organisation_id
              from victim_screening where case_id = :c
            union all
            select decided_on, 2, 'identification', 'IdentificationStatus.' || status,
                   coalesce(exploitation_types, ''), deciding_organisation_id
              from victim_identification where case_id = :c
            union all
            select given_on, 3, 'consent', 'ConsentPurpose.' || purpose, 'given', organisation_id
              from victim_consent where case_id = :c
            union all
            select withdrawn_on, 4, 'consent', 'ConsentPurpose.' || purpose, 'withdrawn', organisation_id
              from victim_consent where case_id = :c and withdrawn_on is not null
            union all
            select event_on, 5, 'return', 'ReturnKind.' || kind, coalesce(country, ''), organisation_id
              from victim_return where case_id = :c
            order by 1, 2
            """)
        .param("c", caseId)
        .query(
            (rs, n) ->
                new TimelineEntry(
                    rs.getObject(1, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, UUID.class)))
        .list();
  }

  /** A consent as listed on the case page. */
  record ConsentRow(
      UUID id,
      ConsentPurpose purpose,
      UUID organisationId,
      LocalDate givenOn,
      boolean byGuardian,
      LocalDate withdrawnOn) {}

  List<ConsentRow> consents(UUID caseId) {
    return jdbc.sql(
            "select id, purpose, organisation_id, given_on, given_by_guardian, withdrawn_on"
                + " from victim_consent where case_id = :c order by given_on, id")
        .param("c", caseId)
        .query(
            (rs, n) ->
                new ConsentRow(
                    rs.getObject(1, UUID.class),
                    ConsentPurpose.valueOf(rs.getString(2)),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getBoolean(5),
                    rs.getObject(6, LocalDate.class)))
        .list();
  }
}
