/**
 * Notices to people about their work: a referral received or answered, a case or follow-up given to
 * them or falling due, a consent withdrawn. Kept in each person's inbox and, where an SMTP server
 * is configured, sent by e-mail. A notice names a case by its pseudonym only and carries a link,
 * never a person's name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.koldoo.notifications;
