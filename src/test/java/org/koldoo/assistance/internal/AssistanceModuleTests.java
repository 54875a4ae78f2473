package org.koldoo.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.assistance.ServiceType;
import org.koldoo.assistance.internal.AssistanceForms.ReferralForm;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.support.ModuleTest;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.ReferralEvents;
import org.koldoo.victims.Sex;
import org.koldoo.victims.VictimCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The assistance module on its own: a referral sent, accepted or declined is told to the other
 * modules by the events they handle, and nothing is told of a referral refused. The victim's case,
 * its consent and the organisations come from the other modules' published interfaces, stubbed.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
class AssistanceModuleTests extends ModuleTest {

  private static final UUID NGO = UUID.fromString("00000000-0000-0000-0000-000000000012");
  private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-000000000013");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @MockitoBean VictimCases victims;
  @MockitoBean Organisations organisations;
  @MockitoBean AuditTrail audit;
  @Autowired AssistanceService service;
  @Autowired JdbcClient jdbc;

  // one instance serves every test of the class (@ApplicationModuleTest): each test's own case
  private UUID caseId;

  @BeforeEach
  void aConsentingVictimsCase() {
    caseId = UUID.randomUUID();
    when(victims.find(caseId))
        .thenReturn(
            Optional.of(
                new CaseSummary(
                    caseId,
                    "AM-" + caseId,
                    "P" + caseId.toString().substring(0, 8),
                    NGO,
                    DAY.minusDays(3),
                    Sex.FEMALE,
                    1999,
                    false,
                    IdentificationStatus.PRESUMED_VICTIM,
                    "KG",
                    "BISHKEK")));
    when(victims.referralPermission(caseId))
        .thenReturn(new VictimCases.ReferralPermission(true, false, null));
    when(organisations.find(any())).thenReturn(Optional.empty());
    when(organisations.find(SHELTER)).thenReturn(Optional.of(organisation(SHELTER, "SHELTER")));
    when(organisations.find(NGO)).thenReturn(Optional.of(organisation(NGO, "NGO")));
  }

  @Test
  void a_referral_sent_is_told_to_the_other_modules(Scenario scenario) {
    actAs(NGO, Role.CASE_WORKER);
    scenario
        .stimulate(() -> service.send(caseId, form(SHELTER)))
        .andWaitForEventOfType(ReferralEvents.Sent.class)
        .matching(sent -> sent.caseId().equals(caseId))
        .toArriveAndVerify(
            (sent, id) -> {
              assertThat(sent.referralId()).isEqualTo(id);
              assertThat(sent.from()).isEqualTo(NGO);
              assertThat(sent.to()).isEqualTo(SHELTER);
              assertThat(sent.service()).isEqualTo("SHELTER");
              assertThat(sent.sentOn()).isEqualTo(DAY);
              assertThat(status(id)).isEqualTo("SENT");
            });
  }

  @Test
  void the_receiver_s_acceptance_and_a_decline_name_both_sides(Scenario scenario) {
    actAs(NGO, Role.CASE_WORKER);
    UUID accepted = service.send(caseId, form(SHELTER));
    UUID declined = service.send(caseId, form(SHELTER));

    actAs(SHELTER, Role.CASE_WORKER);
    scenario
        .stimulate(() -> service.accept(accepted))
        .andWaitForEventOfType(ReferralEvents.Accepted.class)
        .matching(a -> a.referralId().equals(accepted))
        .toArriveAndVerify(
            a -> {
              assertThat(a.by()).isEqualTo(SHELTER);
              assertThat(a.from()).isEqualTo(NGO);
              assertThat(a.caseId()).isEqualTo(caseId);
            });
    scenario
        .stimulate(() -> service.decline(declined, "  no place left  "))
        .andWaitForEventOfType(ReferralEvents.Declined.class)
        .matching(d -> d.referralId().equals(declined))
        .toArriveAndVerify(d -> assertThat(d.reason()).isEqualTo("no place left"));
    assertThat(status(accepted)).isEqualTo("ACCEPTED");
    assertThat(status(declined)).isEqualTo("DECLINED");

    // an answered referral is answered once
    assertThatThrownBy(() -> service.decline(accepted, "changed our mind"))
        .isInstanceOf(AssistanceService.AssistanceConflict.class);
    assertThat(status(accepted)).isEqualTo("ACCEPTED");
  }

  @Test
  void a_referral_refused_writes_nothing_and_tells_nobody(PublishedEvents events) {
    actAs(NGO, Role.CASE_WORKER);
    when(victims.referralPermission(caseId))
        .thenReturn(new VictimCases.ReferralPermission(false, false, "referral.noConsent"));
    assertThatThrownBy(() -> service.send(caseId, form(SHELTER))).isInstanceOf(InvalidInput.class);

    when(victims.referralPermission(caseId))
        .thenReturn(new VictimCases.ReferralPermission(true, false, null));
    assertThatThrownBy(() -> service.send(caseId, form(NGO)))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "toOrganisationId");
    assertThatThrownBy(() -> service.send(caseId, form(UUID.randomUUID())))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "toOrganisationId");

    actAs(NGO, Role.ANALYST);
    assertThatThrownBy(() -> service.send(caseId, form(SHELTER)))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(referralsOf(caseId)).isEmpty();
    assertThat(events.ofType(ReferralEvents.Sent.class)).isEmpty();
  }

  @Test
  void only_the_receiver_answers_a_referral() {
    actAs(NGO, Role.CASE_WORKER);
    UUID referral = service.send(caseId, form(SHELTER));
    // the sender cannot accept its own referral: to it the referral is not an incoming one
    assertThatThrownBy(() -> service.accept(referral))
        .isInstanceOf(AssistanceService.ReferralUnknown.class);
    assertThat(status(referral)).isEqualTo("SENT");
  }

  private static ReferralForm form(UUID to) {
    return new ReferralForm(to, ServiceType.SHELTER, DAY);
  }

  private static OrganisationSummary organisation(UUID id, String code) {
    return new OrganisationSummary(
        id, code, code, code, code, OrganisationType.NGO, Region.BISHKEK, null, true);
  }

  private String status(UUID referral) {
    return jdbc.sql("select status from referral where id = :id")
        .param("id", referral)
        .query(String.class)
        .single();
  }

  private List<UUID> referralsOf(UUID caseId) {
    return jdbc.sql("select id from referral where case_id = :c")
        .param("c", caseId)
        .query(UUID.class)
        .list();
  }
}
