package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** How far a body has come with the NRM standard operating procedures. */
public enum SopStage implements CodeList {
  DRAFTED,
  FINALISED,
  ADOPTED
}
