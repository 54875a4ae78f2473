package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** The decision on a person. */
public enum IdentificationStatus implements CodeList {
  PRESUMED_VICTIM,
  IDENTIFIED_VICTIM,
  NOT_A_VICTIM
}
