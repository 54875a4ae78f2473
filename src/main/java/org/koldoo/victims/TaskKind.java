package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** What a follow-up on a case is for. */
public enum TaskKind implements CodeList {
  CHECK_IN,
  CALL_BACK,
  ACCOMPANY,
  MEDICAL_FOLLOW_UP,
  LEGAL_AID,
  DOCUMENTS,
  CONSENT_RENEWAL,
  REVIEW_SERVICES,
  OTHER
}
