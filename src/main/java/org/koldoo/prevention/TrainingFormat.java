package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/** How a training was given. */
public enum TrainingFormat implements CodeList {
  IN_PERSON,
  ONLINE_COURSE,
  MOCK_TRIAL
}
