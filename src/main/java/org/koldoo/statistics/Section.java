package org.koldoo.statistics;

import org.koldoo.platform.web.CodeList;

/** The three parts of the annual country report. */
public enum Section implements CodeList {
  PROSECUTION,
  PROTECTION,
  PREVENTION
}
