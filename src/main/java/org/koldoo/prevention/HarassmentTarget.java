package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** Who was harassed for organising or complaining. */
public enum HarassmentTarget implements CodeList {
  LABOUR_UNION,
  NGO,
  WORKER_COMPLAINANT
}
