package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/**
 * How far a body has come with the NRM standard operating procedures. {@code EXPECTED} marks a body
 * that should adopt them and has not begun: every body with any stage is counted among those that
 * should adopt ("5 of 8 ministries").
 */
public enum SopStage implements CodeList {
  EXPECTED,
  DRAFTED,
  FINALISED,
  ADOPTED
}
