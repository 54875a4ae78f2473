package org.koldoo.assistance.internal;

import java.util.UUID;
import java.util.function.Predicate;
import org.koldoo.assistance.internal.AssistanceViews.ReferralRow;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.VictimCases;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the assistance module, in one place: referrals and services are the work of a
 * case-handling role in an organisation; only the organisation that registered the case refers the
 * person (the victims module says who that is); services are recorded by the case's holder or by an
 * organisation that accepted a referral; a referral is answered by its receiver and seen by its
 * sender and receiver alone; a service's notes are read only by those who see the victim's
 * identity, in the organisation that gave the service or holds the case, and never by a justice
 * body.
 */
@Component
class AssistancePolicy {

  private final VictimCases victims;
  private final Organisations organisations;

  AssistancePolicy(VictimCases victims, Organisations organisations) {
    this.victims = victims;
    this.organisations = organisations;
  }

  /** The acting person, who must work on cases for an organisation. */
  static Actor requireCaseHandler() {
    Actor actor = Actors.current();
    if (!actor.handlesCases()) {
      throw new AccessDeniedException("needs a case-handling role");
    }
    return actor;
  }

  /** Refuses anyone but the organisation that registered the case. */
  void requireMayRefer(UUID caseId) {
    if (!victims.may(caseId, CaseAction.SEND_REFERRAL)) {
      throw new AccessDeniedException("only the registering organisation refers the person");
    }
  }

  /** Refuses anyone but the case's holder and the organisations that accepted a referral. */
  void requireMayRecordService(UUID caseId) {
    if (!victims.may(caseId, CaseAction.RECORD_SERVICE)) {
      throw new AccessDeniedException("services are recorded by the case's holder or receiver");
    }
  }

  /** Whether the actor's organisation is the one the referral was sent to. */
  static boolean receives(Actor actor, ReferralRow referral) {
    return referral.toOrganisation().equals(actor.organisationId());
  }

  /** Whether the actor's organisation sent or received the referral. */
  static boolean isPartyTo(Actor actor, ReferralRow referral) {
    return receives(actor, referral) || referral.fromOrganisation().equals(actor.organisationId());
  }

  /**
   * Which providers' service notes the actor reads on a case held by {@code caseHolder}. An
   * organisation that cannot be found counts as a justice body: when unsure, show less.
   */
  Predicate<UUID> readsServiceNotes(Actor actor, UUID caseId, UUID caseHolder) {
    UUID own = actor.organisationId();
    boolean justice =
        own == null || organisations.find(own).map(o -> o.type().isJustice()).orElse(true);
    if (justice || !victims.identityVisible(caseId)) {
      return provider -> false;
    }
    return provider -> own.equals(provider) || own.equals(caseHolder);
  }
}
