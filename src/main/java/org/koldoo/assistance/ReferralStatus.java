package org.koldoo.assistance;

import org.koldoo.platform.web.CodeList;

public enum ReferralStatus implements CodeList {
  SENT,
  ACCEPTED,
  DECLINED
}
