package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** Who called. */
public enum CallerType implements CodeList {
  MIGRANT_OR_FAMILY,
  POTENTIAL_VICTIM,
  WITNESS_OR_THIRD_PARTY,
  JOB_SEEKER,
  OFFICIAL,
  OTHER
}
