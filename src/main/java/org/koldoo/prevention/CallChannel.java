package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** How a call reached the hotline. */
public enum CallChannel implements CodeList {
  PHONE,
  MESSENGER,
  APP,
  WALK_IN
}
