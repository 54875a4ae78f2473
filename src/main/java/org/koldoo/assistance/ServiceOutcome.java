package org.koldoo.assistance;

import org.koldoo.platform.web.CodeList;

public enum ServiceOutcome implements CodeList {
  ONGOING,
  COMPLETED,
  DISCONTINUED_BY_VICTIM,
  REFERRED_ONWARD
}
