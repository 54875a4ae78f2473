package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** Where a National Action Plan activity stands. */
public enum NapStatus implements CodeList {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  DROPPED
}
