package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.platform.security.Role;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.internal.AccessPolicy.Facts;
import org.springframework.security.access.AccessDeniedException;

/** The rules of the victims module's access policy, as a table of relationships. */
class AccessPolicyTests {

  private static final UUID OWNER = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();

  private static Viewer ngo(UUID org) {
    return new Viewer("ngo", org, OrganisationType.NGO, Set.of(Role.CASE_WORKER));
  }

  private static Viewer police(UUID org) {
    return new Viewer("police", org, OrganisationType.LAW_ENFORCEMENT, Set.of(Role.INVESTIGATOR));
  }

  private static Facts facts(
      boolean grant, boolean accepted, boolean referral, boolean referralWithdrawn) {
    return new Facts(grant, accepted, referral, referralWithdrawn, false, false, false, false);
  }

  @Test
  void reading_the_identity_breaks_the_glass_only_for_those_who_may_and_say_why() {
    var sees = new AccessPolicy.Rights(Access.IDENTITY, Set.of(), false);
    var mayBreak = new AccessPolicy.Rights(Access.PSEUDONYMOUS, Set.of(), true);
    var mayNot = new AccessPolicy.Rights(Access.PSEUDONYMOUS, Set.of(), false);

    assertThat(sees.readsIdentityByBreakingGlass(null)).isFalse();
    assertThat(mayBreak.readsIdentityByBreakingGlass("victim at the border now")).isTrue();
    for (String noReason : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> mayBreak.readsIdentityByBreakingGlass(noReason))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> mayNot.readsIdentityByBreakingGlass("a reason"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void the_registering_organisation_reads_and_does_everything() {
    var rights = AccessPolicy.rights(ngo(OWNER), OWNER, false, Facts.NONE);
    assertThat(rights.access()).isEqualTo(Access.IDENTITY);
    assertThat(rights.actions()).isEqualTo(EnumSet.allOf(CaseAction.class));
    assertThat(rights.breakGlass()).isFalse();
  }

  @Test
  void an_accepted_receiver_records_its_own_work_only_while_consent_lasts() {
    var consented = AccessPolicy.rights(ngo(OTHER), OWNER, false, facts(true, true, true, false));
    assertThat(consented.access()).isEqualTo(Access.IDENTITY);
    assertThat(consented.actions())
        .containsExactlyInAnyOrder(CaseAction.RECORD_SERVICE, CaseAction.RECORD_RETURN);
    var withdrawn = AccessPolicy.rights(ngo(OTHER), OWNER, false, facts(true, true, false, true));
    assertThat(withdrawn.access()).isEqualTo(Access.PSEUDONYMOUS);
    assertThat(withdrawn.actions()).isEmpty();
    assertThat(withdrawn.breakGlass()).as("the victim said no").isFalse();
    // for a child the child procedure stands in for consent
    assertThat(
            AccessPolicy.rights(ngo(OTHER), OWNER, true, facts(true, true, false, false)).access())
        .isEqualTo(Access.IDENTITY);
  }

  @Test
  void a_pending_receiver_sees_the_pseudonymous_case_and_may_break_the_glass() {
    var pending = AccessPolicy.rights(ngo(OTHER), OWNER, false, facts(true, false, true, false));
    assertThat(pending.access()).isEqualTo(Access.PSEUDONYMOUS);
    assertThat(pending.actions()).isEmpty();
    assertThat(pending.breakGlass()).isTrue();
  }

  @Test
  void law_enforcement_reads_only_when_named_and_never_writes() {
    var named =
        AccessPolicy.rights(
            police(OTHER),
            OWNER,
            false,
            new Facts(false, false, true, false, false, false, true, false));
    assertThat(named.access()).isEqualTo(Access.IDENTITY);
    assertThat(named.actions()).isEmpty();
    // a referral consent does not open the case to police who hold an accepted referral
    var referred = AccessPolicy.rights(police(OTHER), OWNER, false, facts(true, true, true, false));
    assertThat(referred.access()).isEqualTo(Access.PSEUDONYMOUS);
    assertThat(AccessPolicy.rights(police(OTHER), OWNER, false, Facts.NONE).access())
        .isEqualTo(Access.NONE);
  }

  @Test
  void national_roles_read_pseudonyms_and_write_nothing() {
    Viewer coordinator =
        new Viewer("nat", OTHER, OrganisationType.MINISTRY, Set.of(Role.NATIONAL_COORDINATOR));
    var rights = AccessPolicy.rights(coordinator, OWNER, false, Facts.NONE);
    assertThat(rights.access()).isEqualTo(Access.PSEUDONYMOUS);
    assertThat(rights.actions()).isEmpty();
    Viewer admin =
        new Viewer("adm", OWNER, OrganisationType.NGO, Set.of(Role.SYSTEM_ADMINISTRATOR));
    assertThat(AccessPolicy.rights(admin, OWNER, false, Facts.NONE).access())
        .isEqualTo(Access.NONE);
  }
}
