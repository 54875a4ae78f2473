package org.koldoo.justice;

import java.util.EnumSet;
import java.util.Set;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.CodeList;

/** What can happen to a criminal case, and who may record it. */
public enum EventType implements CodeList {
  INVESTIGATION_SUSPENDED(Role.INVESTIGATOR, Role.PROSECUTOR),
  INVESTIGATION_RESUMED(Role.INVESTIGATOR, Role.PROSECUTOR),
  RECLASSIFIED(Role.INVESTIGATOR, Role.PROSECUTOR),
  CLOSED(Role.INVESTIGATOR, Role.PROSECUTOR),
  REOPENED(Role.INVESTIGATOR, Role.PROSECUTOR),
  SENT_TO_COURT(Role.PROSECUTOR),
  HEARING(Role.COURT_CLERK, Role.PROSECUTOR),
  VERDICT(Role.COURT_CLERK, Role.PROSECUTOR),
  SENTENCE(Role.COURT_CLERK, Role.PROSECUTOR),
  APPEAL(Role.COURT_CLERK, Role.PROSECUTOR),
  COMPENSATION_ORDERED(Role.COURT_CLERK, Role.PROSECUTOR),
  COMPENSATION_PAID(Role.COURT_CLERK, Role.PROSECUTOR),
  WITNESS_PROTECTION(Role.INVESTIGATOR, Role.PROSECUTOR),
  VIDEO_TESTIMONY(Role.INVESTIGATOR, Role.PROSECUTOR, Role.COURT_CLERK),
  JOINT_INVESTIGATIVE_GROUP(Role.INVESTIGATOR, Role.PROSECUTOR),
  INTERNATIONAL_REQUEST(Role.INVESTIGATOR, Role.PROSECUTOR),
  NON_PUNISHMENT(Role.PROSECUTOR, Role.COURT_CLERK);

  private final Set<Role> recordedBy;

  EventType(Role first, Role... others) {
    this.recordedBy = EnumSet.of(first, others);
  }

  public boolean mayBeRecordedBy(Set<Role> roles) {
    return roles.stream().anyMatch(recordedBy::contains);
  }

  public Set<Role> recordedBy() {
    return recordedBy;
  }
}
