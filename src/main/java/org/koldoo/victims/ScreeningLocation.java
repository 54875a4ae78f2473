package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** Where a screening took place. */
public enum ScreeningLocation implements CodeList {
  BORDER,
  RAID_OR_OPERATION,
  HOTLINE,
  CONSULATE,
  LABOUR_INSPECTION,
  NGO_OUTREACH,
  SELF_REFERRAL,
  OTHER
}
