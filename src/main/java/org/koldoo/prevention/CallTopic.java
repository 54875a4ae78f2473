package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** What a call was about; a call may touch several. */
public enum CallTopic implements CodeList {
  TRAFFICKING,
  SAFE_MIGRATION,
  LABOUR_RIGHTS,
  LEGAL_ADVICE,
  OTHER
}
