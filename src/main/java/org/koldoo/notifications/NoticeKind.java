package org.koldoo.notifications;

import org.koldoo.platform.web.CodeList;

/** What a notice is about. */
public enum NoticeKind implements CodeList {
  REFERRAL_RECEIVED,
  REFERRAL_ACCEPTED,
  REFERRAL_DECLINED,
  CASE_ASSIGNED,
  TASK_ASSIGNED,
  TASK_DUE,
  CONSENT_WITHDRAWN
}
