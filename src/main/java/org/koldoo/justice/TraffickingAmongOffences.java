package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/**
 * Whether trafficking was among the offences an enforcement operation uncovered. {@code UNKNOWN} is
 * an answer of its own: the chapter's raids on saunas uncovered 63 crimes, "trafficking unknown".
 */
public enum TraffickingAmongOffences implements CodeList {
  YES,
  NO,
  UNKNOWN
}
