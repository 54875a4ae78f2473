package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** The recruiter's relation to the person (CTDC recruiterRelation). */
public enum RecruiterRelation implements CodeList {
  INTIMATE_PARTNER,
  FAMILY_MEMBER,
  FRIEND_OR_ACQUAINTANCE,
  EMPLOYER,
  RECRUITMENT_AGENCY,
  STRANGER,
  OTHER
}
