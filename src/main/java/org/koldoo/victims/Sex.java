package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** Sex or gender as the HTCDS records it. */
public enum Sex implements CodeList {
  FEMALE,
  MALE,
  TRANSGENDER_OR_NONCONFORMING,
  UNKNOWN
}
