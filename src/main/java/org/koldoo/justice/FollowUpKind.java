package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/** What a follow-up on a criminal case is for. */
public enum FollowUpKind implements CodeList {
  INTERVIEW,
  EVIDENCE_REQUEST,
  EXPERT_EXAMINATION,
  INTERNATIONAL_REQUEST,
  VICTIM_CONTACT,
  HEARING_PREPARATION,
  PROCEDURAL_DEADLINE,
  OTHER
}
