package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** What a worker reported about an agency. */
public enum ReportKind implements CodeList {
  COMPLAINT,
  FEE_REPORT
}
