package org.koldoo.justice;

import org.koldoo.platform.web.CodeList;

/**
 * How a case came to the authorities; a complaint filed by an NGO or IO on the victim's behalf is
 * an NRM provision counted apart.
 */
public enum CaseOrigin implements CodeList {
  POLICE_INITIATIVE,
  VICTIM_COMPLAINT,
  NGO_OR_IO_COMPLAINT,
  LABOUR_INSPECTION,
  HOTLINE,
  FOREIGN_REQUEST,
  ENFORCEMENT_OPERATION
}
