package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** Consular assistance, repatriation and residence decisions. */
public enum ReturnKind implements CodeList {
  CONSULAR_ASSISTANCE,
  REPATRIATION_OF_NATIONAL,
  REPATRIATION_FROM_CONFLICT_ZONE,
  REPATRIATION_OF_FOREIGN_VICTIM,
  RESIDENCE_PERMIT,
  LONG_TERM_SHELTER
}
