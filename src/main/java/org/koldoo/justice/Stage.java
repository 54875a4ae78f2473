package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/** Where a case stands, derived from its events. */
public enum Stage implements CodeList {
  INVESTIGATION,
  SUSPENDED,
  CLOSED,
  IN_COURT,
  VERDICT,
  APPEAL
}
