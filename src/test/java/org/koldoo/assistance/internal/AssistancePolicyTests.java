package org.koldoo.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.assistance.ReferralStatus;
import org.koldoo.assistance.ServiceType;
import org.koldoo.assistance.internal.AssistanceViews.ReferralRow;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.VictimCases;
import org.springframework.security.access.AccessDeniedException;

/** The assistance module's rules of who refers, answers, records and reads, role by role. */
class AssistancePolicyTests {

  private static final UUID NGO = UUID.randomUUID();
  private static final UUID SHELTER = UUID.randomUUID();
  private static final UUID POLICE = UUID.randomUUID();
  private static final UUID CASE = UUID.randomUUID();

  private final VictimCases victims = mock(VictimCases.class);
  private final Organisations organisations = mock(Organisations.class);
  private final AssistancePolicy policy = new AssistancePolicy(victims, organisations);

  @Test
  void only_a_case_handling_role_of_an_organisation_works_on_referrals_and_services() {
    for (Role role : Role.values()) {
      assertThat(actor(NGO, role).handlesCases()).as(role.name()).isEqualTo(role.handlesCases());
      assertThat(actor(null, role).handlesCases()).as(role.name()).isFalse();
    }
    assertThat(Actor.SYSTEM.handlesCases()).isFalse();
  }

  @Test
  void referring_and_recording_a_service_follow_what_the_victims_module_allows_on_the_case() {
    when(victims.may(CASE, CaseAction.SEND_REFERRAL)).thenReturn(true);
    when(victims.may(CASE, CaseAction.RECORD_SERVICE)).thenReturn(false);
    assertThatCode(() -> policy.requireMayRefer(CASE)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.requireMayRecordService(CASE))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("holder or receiver");

    when(victims.may(CASE, CaseAction.SEND_REFERRAL)).thenReturn(false);
    when(victims.may(CASE, CaseAction.RECORD_SERVICE)).thenReturn(true);
    assertThatThrownBy(() -> policy.requireMayRefer(CASE))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("registering organisation");
    assertThatCode(() -> policy.requireMayRecordService(CASE)).doesNotThrowAnyException();
  }

  @Test
  void a_referral_is_answered_by_its_receiver_and_seen_by_its_two_parties_alone() {
    ReferralRow referral = referral(NGO, SHELTER);
    Actor sender = actor(NGO, Role.CASE_WORKER);
    Actor receiver = actor(SHELTER, Role.CASE_WORKER);
    Actor stranger = actor(POLICE, Role.INVESTIGATOR);

    assertThat(AssistancePolicy.receives(receiver, referral)).isTrue();
    assertThat(AssistancePolicy.receives(sender, referral)).isFalse();
    assertThat(AssistancePolicy.receives(stranger, referral)).isFalse();
    assertThat(AssistancePolicy.isPartyTo(sender, referral)).isTrue();
    assertThat(AssistancePolicy.isPartyTo(receiver, referral)).isTrue();
    assertThat(AssistancePolicy.isPartyTo(stranger, referral)).isFalse();
    assertThat(AssistancePolicy.isPartyTo(actor(null, Role.CASE_WORKER), referral)).isFalse();
  }

  @Test
  void service_notes_are_read_by_the_provider_or_holder_who_sees_the_identity_never_by_justice() {
    organisation(NGO, OrganisationType.NGO);
    organisation(SHELTER, OrganisationType.NGO);
    organisation(POLICE, OrganisationType.LAW_ENFORCEMENT);
    when(victims.identityVisible(CASE)).thenReturn(true);

    var holder = policy.readsServiceNotes(actor(NGO, Role.CASE_WORKER), CASE, NGO);
    assertThat(holder.test(SHELTER)).as("the holder reads every provider's notes").isTrue();
    var provider = policy.readsServiceNotes(actor(SHELTER, Role.CASE_WORKER), CASE, NGO);
    assertThat(provider.test(SHELTER)).as("a provider reads its own").isTrue();
    assertThat(provider.test(UUID.randomUUID())).as("but no other provider's").isFalse();
    var police = policy.readsServiceNotes(actor(POLICE, Role.INVESTIGATOR), CASE, POLICE);
    assertThat(police.test(POLICE)).as("a justice body, even holding the case").isFalse();
    UUID gone = UUID.randomUUID();
    var unknown = policy.readsServiceNotes(actor(gone, Role.CASE_WORKER), CASE, gone);
    assertThat(unknown.test(gone)).as("an organisation not found counts as justice").isFalse();
    assertThat(policy.readsServiceNotes(actor(null, Role.CASE_WORKER), CASE, NGO).test(NGO))
        .isFalse();

    when(victims.identityVisible(CASE)).thenReturn(false);
    assertThat(policy.readsServiceNotes(actor(NGO, Role.CASE_WORKER), CASE, NGO).test(NGO))
        .as("nobody who may not see the identity")
        .isFalse();
  }

  private void organisation(UUID id, OrganisationType type) {
    when(organisations.find(id))
        .thenReturn(
            Optional.of(
                new OrganisationSummary(
                    id, "X", "x", "x", "x", type, Region.NATIONAL, null, true)));
  }

  private static Actor actor(UUID organisation, Role role) {
    return new Actor("policy-test", organisation, Set.of(role));
  }

  private static ReferralRow referral(UUID from, UUID to) {
    return new ReferralRow(
        UUID.randomUUID(),
        CASE,
        "P-1",
        from,
        "FROM",
        to,
        "TO",
        ServiceType.SHELTER,
        LocalDate.of(2026, 1, 10),
        ReferralStatus.SENT,
        null,
        null,
        false,
        0);
  }
}
