package org.koldoo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.organisations.Member;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ModuleTest;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.Events;
import org.koldoo.victims.ReferralEvents;
import org.koldoo.victims.VictimCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notifications module on its own: the events of the victims module become notices for the
 * people they concern, named by the case's pseudonym only, once however often an event is
 * delivered. Who belongs to an organisation and which pseudonym a case has come from the other
 * modules' published interfaces, stubbed here.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
class NotificationsModuleTests extends ModuleTest {

  private static final UUID SENDER = UUID.fromString("00000000-0000-0000-0000-000000000012");
  private static final UUID RECEIVER = UUID.fromString("00000000-0000-0000-0000-000000000013");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @MockitoBean Organisations organisations;
  @MockitoBean VictimCases victims;
  @Autowired JdbcClient jdbc;

  // one instance serves every test of the class (@ApplicationModuleTest): each test's own people
  private UUID caseId;
  private String pseudonym;
  private Member caseWorker;
  private Member analyst;
  private Member investigator;

  @BeforeEach
  void people() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    caseId = UUID.randomUUID();
    pseudonym = "KG-" + tag.toUpperCase();
    caseWorker = member("cw-" + tag, Role.CASE_WORKER);
    analyst = member("ana-" + tag, Role.ANALYST);
    investigator = member("inv-" + tag, Role.INVESTIGATOR);
    when(organisations.members(RECEIVER)).thenReturn(List.of(caseWorker, analyst, investigator));
    when(organisations.members(SENDER)).thenReturn(List.of(caseWorker));
    when(organisations.member(any(), any())).thenCallRealMethod();
    when(victims.pseudonymOf(caseId)).thenReturn(Optional.of(pseudonym));
  }

  @Test
  void a_referral_sent_tells_the_receiving_case_workers_by_pseudonym_once(Scenario scenario) {
    var sent = new ReferralEvents.Sent(UUID.randomUUID(), caseId, SENDER, RECEIVER, "SHELTER", DAY);

    deliver(scenario, sent);
    assertThat(notices(caseWorker)).containsExactly("REFERRAL_RECEIVED " + pseudonym);
    // delivered again (a restart, another instance): nothing new
    deliver(scenario, sent);
    assertThat(notices(caseWorker)).hasSize(1);
    // who handles no cases is not told
    assertThat(notices(analyst)).isEmpty();
  }

  @Test
  void a_referral_accepted_or_declined_tells_its_sender(Scenario scenario) {
    deliver(
        scenario, new ReferralEvents.Accepted(UUID.randomUUID(), caseId, RECEIVER, SENDER, DAY));
    deliver(
        scenario,
        new ReferralEvents.Declined(UUID.randomUUID(), caseId, RECEIVER, SENDER, DAY, "no place"));
    assertThat(notices(caseWorker))
        .containsExactlyInAnyOrder(
            "REFERRAL_ACCEPTED " + pseudonym, "REFERRAL_DECLINED " + pseudonym);
  }

  @Test
  void a_case_given_to_a_colleague_tells_only_that_colleague_and_given_to_oneself_nobody(
      Scenario scenario) {
    deliver(
        scenario,
        new Events.CaseAssigned(caseId, RECEIVER, caseWorker.username(), caseWorker.username()));
    assertThat(notices(caseWorker)).isEmpty();

    deliver(
        scenario,
        new Events.CaseAssigned(
            caseId, RECEIVER, investigator.username().toUpperCase(), caseWorker.username()));
    assertThat(notices(investigator)).containsExactly("CASE_ASSIGNED " + pseudonym);
    assertThat(notices(caseWorker)).isEmpty();
  }

  @Test
  void a_withdrawn_consent_to_police_contact_tells_the_named_body_s_law_enforcement_only(
      Scenario scenario) {
    deliver(
        scenario,
        new Events.ConsentChanged(caseId, ConsentPurpose.LAW_ENFORCEMENT_CONTACT, RECEIVER, false));
    assertThat(notices(investigator)).containsExactly("CONSENT_WITHDRAWN " + pseudonym);
    assertThat(notices(caseWorker)).isEmpty();
    assertThat(notices(analyst)).isEmpty();

    // a consent given is no news to anyone
    deliver(
        scenario,
        new Events.ConsentChanged(
            UUID.randomUUID(), ConsentPurpose.LAW_ENFORCEMENT_CONTACT, RECEIVER, true));
    assertThat(notices(investigator)).hasSize(1);
  }

  @Test
  void a_case_without_a_pseudonym_any_more_is_named_by_a_dash(Scenario scenario) {
    UUID gone = UUID.randomUUID();
    when(victims.pseudonymOf(gone)).thenReturn(Optional.empty());
    deliver(
        scenario,
        new ReferralEvents.Sent(UUID.randomUUID(), gone, SENDER, RECEIVER, "MEDICAL", DAY));
    assertThat(notices(caseWorker)).containsExactly("REFERRAL_RECEIVED —");
  }

  /**
   * Publishes the event in a transaction that commits; the listeners run after the commit, in the
   * publishing thread, so their notices are written when this returns.
   */
  private static void deliver(Scenario scenario, Object event) {
    scenario.publish(event).andWaitForStateChange(() -> Boolean.TRUE).andVerify(done -> {});
  }

  private static Member member(String username, Role role) {
    return new Member(username, "Test " + username, null, "ru", Set.of(role));
  }

  private List<String> notices(Member m) {
    return jdbc.sql(
            "select kind || ' ' || title from notification where lower(recipient) = lower(:r)")
        .param("r", m.username())
        .query(String.class)
        .list();
  }
}
