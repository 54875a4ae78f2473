package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** Kind of government support to an NGO crisis centre. */
public enum SupportKind implements CodeList {
  MONEY,
  IN_KIND
}
