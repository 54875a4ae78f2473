package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** When a fee was charged to the worker. */
public enum FeeStage implements CodeList {
  PRE_DEPARTURE,
  AFTER_ARRIVAL
}
