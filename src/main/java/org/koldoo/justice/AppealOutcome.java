package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/** What an appeal came to. */
public enum AppealOutcome implements CodeList {
  PENDING,
  UPHELD,
  OVERTURNED,
  SENTENCE_CHANGED
}
