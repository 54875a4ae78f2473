package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** How the person was recruited. */
public enum RecruitmentMethod implements CodeList {
  JOB_OFFER,
  MARRIAGE_OR_RELATIONSHIP,
  ABDUCTION_OR_BRIDE_KIDNAPPING,
  SOLD_BY_FAMILY,
  EDUCATION_OFFER,
  TRAVEL_OFFER,
  OTHER
}
