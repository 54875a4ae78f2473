package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/** Why an investigation was closed. */
public enum CloseReason implements CodeList {
  NO_OFFENCE,
  INSUFFICIENT_EVIDENCE,
  VICTIM_WITHDREW,
  SETTLED_OR_VICTIM_PAID_OFF,
  TIME_BARRED,
  OTHER
}
