package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** What a victim consents to; each is given or withdrawn on its own. */
public enum ConsentPurpose implements CodeList {
  REFERRAL,
  SHARING_WITH_ORGANISATION,
  LAW_ENFORCEMENT_CONTACT
}
