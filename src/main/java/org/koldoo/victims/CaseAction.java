package org.koldoo.victims;

/**
 * What a person may do to a victim's case besides reading it. Who may do which follows from the
 * person's relationship to the case (see the victims module's access policy), never from the role
 * alone: the registering organisation keeps the record, a receiving organisation records its own
 * work, law-enforcement consent lets a named body read, national roles never write.
 */
public enum CaseAction {
  /** Change the person's identity and description, attach a photo. */
  EDIT_PERSON,
  /** Record a screening. */
  RECORD_SCREENING,
  /** Record an identification decision. */
  RECORD_IDENTIFICATION,
  /** Record a consent or its withdrawal. */
  RECORD_CONSENT,
  /** Record a child's guardian and best-interests determination. */
  RECORD_CHILD_PROTECTION,
  /** Record consular assistance, repatriation, residence or long-term shelter. */
  RECORD_RETURN,
  /** Refer the person to another organisation. */
  SEND_REFERRAL,
  /** Record a service delivered by one's own organisation. */
  RECORD_SERVICE,
  /** Assign the case, plan and close its follow-ups, close and reopen it. */
  MANAGE_CASE
}
