package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** Kind of action to reduce the demand for commercial sex. */
public enum DemandActionKind implements CodeList {
  AWARENESS,
  LAW_ENFORCEMENT,
  LEGISLATION,
  TRAINING,
  OTHER
}
