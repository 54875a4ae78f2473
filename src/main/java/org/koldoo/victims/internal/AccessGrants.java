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

  int acceptGrant(UUID caseId, UUID referralId) {
    return jdbc.sql(
            """
                update victim_access_grant set accepted = true where case_id = :c and referral_id = :r
                and revoked_at is null
                """)
        .param("c", caseId)
        .param("r", referralId)
        .update();
  }

  int revokeGrant(UUID caseId, UUID referralId, Instant now) {
    return jdbc.sql(
            """
                update victim_access_grant set revoked_at = :t where case_id = :c and referral_id = :r
                and revoked_at is null
                """)
        .param("c", caseId)
        .param("r", referralId)
        .param("t", Timestamp.from(now))
        .update();
  }
}
