package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** How a follow-up ended. */
public enum TaskOutcome implements CodeList {
  DONE,
  NOT_POSSIBLE,
  NO_LONGER_NEEDED
}
