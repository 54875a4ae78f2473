package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** Who harassed them, as far as known. */
public enum HarassmentPerpetrator implements CodeList {
  EMPLOYER,
  OFFICIAL,
  OTHER,
  UNKNOWN
}
