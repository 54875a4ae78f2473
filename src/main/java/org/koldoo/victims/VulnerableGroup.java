package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** The vulnerable population a screening belongs to. */
public enum VulnerableGroup implements CodeList {
  RETURNED_MIGRANTS,
  PERSONS_IN_COMMERCIAL_SEX,
  FOREIGN_WORKERS,
  CHILDREN_IN_STATE_CARE,
  DETAINED_OR_DEPORTED,
  JOB_SEEKERS_ABROAD,
  OTHER
}
