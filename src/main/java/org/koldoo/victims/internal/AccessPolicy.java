package org.koldoo.victims.internal;

import java.util.UUID;
import org.koldoo.victims.ConsentPurpose;
import org.springframework.stereotype.Component;

/**
 * The victim controls who sees their identity. Identity is visible to case handlers of:
 *
 * <ul>
 *   <li>the organisation that registered the case (police included: it recorded the identity);
 *   <li>an organisation whose referral was accepted, while the referral consent lasts (for a child,
 *       the child procedure stands in for consent);
 *   <li>an organisation the victim named in a consent to share;
 * </ul>
 *
 * except that police, prosecution and courts see the identity of a case another body registered
 * only with the victim's consent to law-enforcement contact. A pending referral shows the receiver
 * the pseudonymous case so it can decide. National roles see every case, pseudonymously. Anyone
 * else sees nothing.
 */
@Component
class AccessPolicy {

  private final CaseRecords records;

  AccessPolicy(CaseRecords records) {
    this.records = records;
  }

  Access decide(Viewer viewer, UUID caseId, UUID owner, boolean child) {
    if (viewer.organisationId() != null && viewer.handlesCases()) {
      UUID org = viewer.organisationId();
      if (org.equals(owner)) {
        // the body that registered the person holds what it recorded itself
        return Access.IDENTITY;
      }
      var grant = records.grant(caseId, org);
      if (viewer.lawEnforcement()) {
        if (records.consentActive(caseId, ConsentPurpose.LAW_ENFORCEMENT_CONTACT, null)) {
          return Access.IDENTITY;
        }
        if (grant.isPresent()) {
          return Access.PSEUDONYMOUS;
        }
      } else {
        if (grant.isPresent()
            && grant.get()
            && (child || records.consentActive(caseId, ConsentPurpose.REFERRAL, null))) {
          return Access.IDENTITY;
        }
        if (records.consentActive(caseId, ConsentPurpose.SHARING_WITH_ORGANISATION, org)) {
          return Access.IDENTITY;
        }
        if (grant.isPresent()) {
          return Access.PSEUDONYMOUS;
        }
      }
    }
    return viewer.national() ? Access.PSEUDONYMOUS : Access.NONE;
  }
}
