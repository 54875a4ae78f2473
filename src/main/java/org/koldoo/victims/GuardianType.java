package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** Who acts for a child. */
public enum GuardianType implements CodeList {
  PARENT,
  LEGAL_GUARDIAN,
  GUARDIAN_ADVOCATE,
  STATE_CARE_INSTITUTION
}
