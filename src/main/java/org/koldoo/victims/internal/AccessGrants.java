package org.koldoo.victims.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisations a case is open to because it was referred to them: pending until the referral
 * is accepted, ended when it is declined. Written only as referrals change ({@link
 * ReferralAccess}); read by the access policy with the case's other facts ({@link
 * CaseRecords#FACTS_COLUMNS}).
 *
 * <p>The three events may be handled in any order (one whose handling failed is handled again
 * later, after the next may have been): an answer to a referral whose sending was not handled yet
 * writes the grant as answered, and the sending handled afterwards leaves it so.
 */
@Component
class AccessGrants {

  private final JdbcClient jdbc;

  AccessGrants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void addGrant(UUID caseId, UUID organisation, UUID referralId, Instant now) {
    jdbc.sql(
            """
                insert into victim_access_grant (id, case_id, organisation_id, referral_id, accepted,
                granted_at) values (:id, :c, :o, :r, false, :t)
                on conflict (referral_id) do nothing
                """)
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("o", organisation)
        .param("r", referralId)
        .param("t", Timestamp.from(now))
        .update();
  }

  /** The referral accepted by {@code organisation}: the grant opens the identity. */
  int acceptGrant(UUID caseId, UUID organisation, UUID referralId, Instant now) {
    return jdbc.sql(
            """
            insert into victim_access_grant (id, case_id, organisation_id, referral_id, accepted,
                                             granted_at)
            values (:id, :c, :o, :r, true, :t)
            on conflict (referral_id) do update set accepted = true
             where victim_access_grant.revoked_at is null
            """)
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("o", organisation)
        .param("r", referralId)
        .param("t", Timestamp.from(now))
        .update();
  }

  /** The referral declined by {@code organisation}: the grant ends, kept as ended. */
  int revokeGrant(UUID caseId, UUID organisation, UUID referralId, Instant now) {
    return jdbc.sql(
            """
            insert into victim_access_grant (id, case_id, organisation_id, referral_id, accepted,
                                             granted_at, revoked_at)
            values (:id, :c, :o, :r, false, :t, :t)
            on conflict (referral_id) do update set revoked_at = :t
             where victim_access_grant.revoked_at is null
            """)
        .param("id", UUID.randomUUID())
        .param("c", caseId)
        .param("o", organisation)
        .param("r", referralId)
        .param("t", Timestamp.from(now))
        .update();
  }
}
