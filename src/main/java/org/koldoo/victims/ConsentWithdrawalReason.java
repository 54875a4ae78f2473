package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/**
 * Why a consent was withdrawn: a code, never free text, so that nothing the person said is written
 * beside it.
 */
public enum ConsentWithdrawalReason implements CodeList {
  PERSON_ASKED,
  GUARDIAN_ASKED,
  NO_LONGER_NEEDED,
  RECORDED_IN_ERROR,
  OTHER
}
