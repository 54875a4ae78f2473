package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/** A court's verdict for one defendant; dismissal for insufficient evidence is kept apart. */
public enum VerdictOutcome implements CodeList {
  CONVICTED,
  ACQUITTED,
  DISMISSED,
  DISMISSED_INSUFFICIENT_EVIDENCE
}
