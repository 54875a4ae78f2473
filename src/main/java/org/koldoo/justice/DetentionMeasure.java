package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/** What was done to persons met in an enforcement operation. */
public enum DetentionMeasure implements CodeList {
  DETENTION,
  ARREST,
  DEPORTATION
}
