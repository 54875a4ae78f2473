package org.koldoo.assistance;

import org.koldoo.platform.web.CodeList;

/** Services of a support plan (HTCDS support-plan types). */
public enum ServiceType implements CodeList {
  SHELTER,
  LEGAL_AID,
  MEDICAL,
  PSYCHOSOCIAL,
  EDUCATION,
  LIVELIHOOD,
  FINANCIAL,
  REPATRIATION,
  REINTEGRATION
}
