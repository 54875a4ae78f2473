package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** Where a campaign reached people. */
public enum CampaignChannel implements CodeList {
  TELEVISION,
  RADIO,
  SOCIAL_MEDIA,
  PRINT,
  EVENTS,
  OTHER
}
