package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** What a document kept with a case is. */
public enum AttachmentKind implements CodeList {
  SIGNED_CONSENT,
  IDENTITY_DOCUMENT,
  MEDICAL,
  LEGAL,
  OTHER
}
