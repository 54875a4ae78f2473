package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.events.FailedEventRetries;
import org.koldoo.support.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The victims module on its own (with what it depends on): referrals open and close a case to their
 * receiver through the events the assistance module publishes, and an event whose handling failed
 * is kept by the publication registry and handled again.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class ReferralAccessModuleTests extends ModuleTest {

  private static final UUID NGO = UUID.fromString("00000000-0000-0000-0000-000000000012");
  private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-000000000013");

  @Autowired JdbcClient jdbc;
  @Autowired FailedEventRetries retries;

  @Test
  void a_referral_opens_the_case_to_its_receiver_then_its_acceptance_and_decline_follow(
      Scenario scenario) {
    UUID caseId = victimCase();
    UUID referral = UUID.randomUUID();
    LocalDate day = LocalDate.of(2026, 11, 20);

    scenario
        .publish(new ReferralEvents.Sent(referral, caseId, NGO, SHELTER, "SHELTER", day))
        .andWaitForStateChange(() -> grant(referral))
        .andVerify(state -> assertThat(state).contains("pending"));
    scenario
        .publish(new ReferralEvents.Accepted(referral, caseId, SHELTER, NGO, day))
        .andWaitForStateChange(() -> grant(referral).filter("accepted"::equals))
        .andVerify(state -> assertThat(state).contains("accepted"));
    scenario
        .publish(new ReferralEvents.Declined(referral, caseId, SHELTER, NGO, day, "no place"))
        .andWaitForStateChange(() -> grant(referral).filter("revoked"::equals))
        .andVerify(state -> assertThat(state).contains("revoked"));
  }

  @Test
  void each_referral_event_delivered_twice_leaves_what_one_delivery_left(Scenario scenario) {
    // events reach their listeners at least once: a restart hands unfinished ones again, and with
    // several instances two may both
    UUID caseId = victimCase();
    UUID referral = UUID.randomUUID();
    LocalDate day = LocalDate.of(2026, 11, 20);
    var sent = new ReferralEvents.Sent(referral, caseId, NGO, SHELTER, "SHELTER", day);
    var accepted = new ReferralEvents.Accepted(referral, caseId, SHELTER, NGO, day);
    var declined = new ReferralEvents.Declined(referral, caseId, SHELTER, NGO, day, "no place");
    for (var event : new Object[] {sent, sent, accepted, accepted}) {
      scenario.publish(event).andWaitForStateChange(() -> grant(referral)).andVerify(g -> {});
    }
    assertThat(grants(referral)).isEqualTo(1);
    assertThat(grant(referral)).contains("accepted");
    scenario
        .publish(declined)
        .andWaitForStateChange(() -> grant(referral).filter("revoked"::equals))
        .andVerify(state -> assertThat(state).contains("revoked"));
    Instant revokedAt = revokedAt(referral);
    scenario.publish(declined).andWaitForStateChange(() -> grant(referral)).andVerify(g -> {});
    scenario.publish(sent).andWaitForStateChange(() -> grant(referral)).andVerify(g -> {});
    assertThat(grants(referral)).isEqualTo(1);
    assertThat(grant(referral)).contains("revoked");
    assertThat(revokedAt(referral)).isEqualTo(revokedAt);
    assertThat(pendingPublications(caseId)).isZero();
    // two instances handling the same Sent at once cannot both write a grant either
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        insert into victim_access_grant (id, case_id, organisation_id, referral_id,
                          accepted, granted_at)
                        values (:id, :c, :o, :r, false, now())
                        """)
                    .param("id", UUID.randomUUID())
                    .param("c", caseId)
                    .param("o", SHELTER)
                    .param("r", referral)
                    .update())
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
  }

  @Test
  void an_answer_handled_before_the_sending_it_answers_is_not_undone_by_it(Scenario scenario) {
    // the sending's handling failed and is handled again later, after the answer
    LocalDate day = LocalDate.of(2026, 11, 20);
    UUID caseId = victimCase();
    UUID accepted = UUID.randomUUID();
    answeredThenSent(
        scenario,
        new ReferralEvents.Accepted(accepted, caseId, SHELTER, NGO, day),
        accepted,
        caseId,
        "accepted");
    UUID declined = UUID.randomUUID();
    answeredThenSent(
        scenario,
        new ReferralEvents.Declined(declined, caseId, SHELTER, NGO, day, "no place"),
        declined,
        caseId,
        "revoked");
    assertThat(
            jdbc.sql(
                    "select count(distinct organisation_id) from victim_access_grant where case_id = :c")
                .param("c", caseId)
                .query(Long.class)
                .single())
        .as("each grant is the receiver's")
        .isOne();
  }

  @Test
  void an_event_whose_handling_failed_is_kept_and_handled_again(Scenario scenario) {
    UUID missingCase = UUID.randomUUID();
    UUID referral = UUID.randomUUID();
    // the case is not there yet: the grant cannot be written, the publication stays behind
    scenario
        .publish(
            new ReferralEvents.Sent(
                referral, missingCase, NGO, SHELTER, "SHELTER", LocalDate.of(2026, 11, 20)))
        .andWaitForStateChange(() -> pendingPublications(missingCase) > 0 ? true : null)
        .andVerify(kept -> assertThat(grant(referral)).isEmpty());

    victimCase(missingCase);
    retries.retry(); // what a running server does every minute

    assertThat(grant(referral)).contains("pending");
    assertThat(pendingPublications(missingCase)).isZero();
  }

  /**
   * The answer to referral {@code referral} of case {@code caseId}, handled first, leaves the grant
   * {@code state}; the sending, handled after it, leaves it so.
   */
  private void answeredThenSent(
      Scenario scenario, Object answer, UUID referral, UUID caseId, String state) {
    scenario
        .publish(answer)
        .andWaitForStateChange(() -> grant(referral))
        .andVerify(found -> assertThat(found).contains(state));
    scenario
        .publish(
            new ReferralEvents.Sent(
                referral, caseId, NGO, SHELTER, "SHELTER", LocalDate.of(2026, 11, 20)))
        .andWaitForStateChange(() -> pendingPublications(caseId) == 0 ? true : null)
        .andVerify(done -> assertThat(grant(referral)).contains(state));
  }

  private Optional<String> grant(UUID referral) {
    return jdbc.sql(
            """
            select case when revoked_at is not null then 'revoked'
                        when accepted then 'accepted' else 'pending' end
              from victim_access_grant where referral_id = :r
            """)
        .param("r", referral)
        .query(String.class)
        .optional();
  }

  private long grants(UUID referral) {
    return jdbc.sql("select count(*) from victim_access_grant where referral_id = :r")
        .param("r", referral)
        .query(Long.class)
        .single();
  }

  private Instant revokedAt(UUID referral) {
    return jdbc.sql("select revoked_at from victim_access_grant where referral_id = :r")
        .param("r", referral)
        .query(java.sql.Timestamp.class)
        .single()
        .toInstant();
  }

  private long pendingPublications(UUID caseId) {
    return jdbc.sql(
            "select count(*) from event_publication where completion_date is null"
                + " and serialized_event like :c")
        .param("c", "%" + caseId + "%")
        .query(Long.class)
        .single();
  }

  private UUID victimCase() {
    return victimCase(UUID.randomUUID());
  }

  private UUID victimCase(UUID id) {
    jdbc.sql(
            """
            insert into victim_case (id, organisation_id, case_number, pseudonym, registered_on,
              identity_ciphertext, created_by, created_at, updated_at)
            values (:id, :org, :no, :ps, date '2026-11-19', '\\x01', 'test', now(), now())
            """)
        .param("id", id)
        .param("org", NGO)
        .param("no", "MT-" + id)
        .param("ps", "M" + id.toString().substring(0, 12))
        .update();
    return id;
  }
}
