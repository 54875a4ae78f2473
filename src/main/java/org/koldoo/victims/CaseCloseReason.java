package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** Why a victim case was closed. */
public enum CaseCloseReason implements CodeList {
  SERVICES_COMPLETED,
  PERSON_DECLINED_FURTHER_HELP,
  CONTACT_LOST,
  TRANSFERRED_TO_ANOTHER_ORGANISATION,
  NOT_A_VICTIM,
  DUPLICATE_REGISTRATION,
  PERSON_DECEASED,
  OTHER
}
