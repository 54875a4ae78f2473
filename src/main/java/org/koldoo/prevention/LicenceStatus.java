package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** A licence as recorded; an expired one is told by its dates. */
public enum LicenceStatus implements CodeList {
  VALID,
  SUSPENDED,
  REVOKED
}
