package org.koldoo.victims.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.koldoo.victims.CaseAction;
import org.springframework.stereotype.Component;

/**
 * The victims module's one access policy: what a viewer may read of a case and what it may write,
 * from its relationship to the case. The victim controls who sees their identity. Identity is
 * visible to case handlers of:
 *
 * <ul>
 *   <li>the organisation that registered the case (police included: it recorded the identity);
 *   <li>an organisation whose referral was accepted, while the referral consent lasts (for a child,
 *       the child procedure stands in for consent);
 *   <li>an organisation the victim named in a consent to share;
 *   <li>a police, prosecution or court body the victim named in a consent to law-enforcement
 *       contact (police, prosecution and courts see another body's case only so).
 * </ul>
 *
 * A pending referral shows the receiver the pseudonymous case so it can decide. National roles see
 * every case, pseudonymously. Anyone else sees nothing.
 *
 * <p>Writing follows the relationship, not the role: the registering organisation edits the person,
 * screens, records decisions, consents and their withdrawal, child protection, returns and
 * referrals; an accepted receiver (not law enforcement) records its own services and returns; a
 * consent to share or to law-enforcement contact lets the named body read, never write; national
 * roles never write. Break-glass is for case handlers the case was referred to, and is refused once
 * the victim has withdrawn the consent that let the viewer in.
 */
@Component
class AccessPolicy {

  private static final Set<CaseAction> RECEIVER_ACTIONS =
      EnumSet.of(CaseAction.RECORD_SERVICE, CaseAction.RECORD_RETURN);

  private final CaseRecords records;

  AccessPolicy(CaseRecords records) {
    this.records = records;
  }

  /** What a viewer may read and do; {@code breakGlass} says whether an emergency read is open. */
  record Rights(Access access, Set<CaseAction> actions, boolean breakGlass) {

    static final Rights NONE = new Rights(Access.NONE, Set.of(), false);
    static final Rights NATIONAL = new Rights(Access.PSEUDONYMOUS, Set.of(), false);

    /** The same rights on a closed case: it can be reopened or reassigned, nothing else. */
    Rights onlyManaging() {
      return new Rights(
          access,
          actions.contains(CaseAction.MANAGE_CASE) ? Set.of(CaseAction.MANAGE_CASE) : Set.of(),
          breakGlass);
    }

    boolean may(CaseAction action) {
      return actions.contains(action);
    }

    /**
     * Whether reading the identity breaks the glass: not for a viewer who sees it; yes for one who
     * may break the glass and gives a reason; anyone else is refused.
     */
    boolean readsIdentityByBreakingGlass(String reason) {
      if (access == Access.IDENTITY) {
        return false;
      }
      if (reason == null || reason.isBlank() || !breakGlass) {
        throw new org.springframework.security.access.AccessDeniedException("identity not visible");
      }
      return true;
    }
  }

  /**
   * What the database says of one viewer organisation's relationship to one case: its referral
   * grant, and the consents that name it or open the case to receivers.
   */
  record Facts(
      boolean grant,
      boolean grantAccepted,
      boolean referralConsent,
      boolean referralConsentWithdrawn,
      boolean sharingConsent,
      boolean sharingConsentWithdrawn,
      boolean lawEnforcementConsent,
      boolean lawEnforcementConsentWithdrawn) {

    static final Facts NONE = new Facts(false, false, false, false, false, false, false, false);
  }

  Rights rights(Viewer viewer, UUID caseId, UUID owner, boolean child) {
    boolean relationMatters =
        viewer.organisationId() != null
            && viewer.handlesCases()
            && !viewer.organisationId().equals(owner);
    Facts facts = relationMatters ? records.facts(caseId, viewer.organisationId()) : Facts.NONE;
    return rights(viewer, owner, child, facts);
  }

  /** The rules themselves, from the facts alone. */
  static Rights rights(Viewer viewer, UUID owner, boolean child, Facts facts) {
    if (viewer.organisationId() == null || !viewer.handlesCases()) {
      return viewer.national() ? Rights.NATIONAL : Rights.NONE;
    }
    if (viewer.organisationId().equals(owner)) {
      // the body that registered the person holds what it recorded itself
      return new Rights(Access.IDENTITY, EnumSet.allOf(CaseAction.class), false);
    }
    if (viewer.lawEnforcement()) {
      if (facts.lawEnforcementConsent()) {
        return new Rights(Access.IDENTITY, Set.of(), false);
      }
      if (facts.grant()) {
        return new Rights(Access.PSEUDONYMOUS, Set.of(), !facts.lawEnforcementConsentWithdrawn());
      }
    } else {
      if (facts.grantAccepted() && (child || facts.referralConsent())) {
        return new Rights(Access.IDENTITY, RECEIVER_ACTIONS, false);
      }
      if (facts.sharingConsent()) {
        return new Rights(Access.IDENTITY, Set.of(), false);
      }
      if (facts.grant()) {
        boolean withdrawn = facts.referralConsentWithdrawn() || facts.sharingConsentWithdrawn();
        return new Rights(Access.PSEUDONYMOUS, Set.of(), !withdrawn);
      }
    }
    return viewer.national() ? Rights.NATIONAL : Rights.NONE;
  }
}
