package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** Through what the recruitment reached the person; online platforms are counted apart. */
public enum RecruitmentChannel implements CodeList {
  ONLINE_PLATFORM,
  PRIVATE_EMPLOYMENT_AGENCY,
  ACQUAINTANCE,
  FAMILY,
  ADVERTISEMENT,
  OTHER
}
