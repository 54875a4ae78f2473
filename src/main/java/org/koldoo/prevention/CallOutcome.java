package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** What the operator did. */
public enum CallOutcome implements CodeList {
  INFORMATION_GIVEN,
  REFERRED_TO_BODY,
  SCREENING_STARTED
}
