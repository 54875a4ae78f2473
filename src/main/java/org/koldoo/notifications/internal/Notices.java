package org.koldoo.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.koldoo.notifications.NoticeKind;
import org.koldoo.organisations.Member;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Role;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.Events;
import org.koldoo.victims.ReferralEvents;
import org.koldoo.victims.VictimCases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what happens into notices for the people it concerns. Each handler runs after the change
 * commits, in its own transaction; the event publication registry keeps an event until its handler
 * succeeds, and a notice already written for an event is not written again.
 */
@Component
class Notices {

  private static final Set<Role> LAW_ENFORCEMENT = EnumSet.of(Role.INVESTIGATOR, Role.PROSECUTOR);

  private final Inbox inbox;
  private final NoticeMailer mailer;
  private final Organisations organisations;
  private final VictimCases victims;
  private final Clock clock;

  Notices(
      Inbox inbox,
      NoticeMailer mailer,
      Organisations organisations,
      VictimCases victims,
      Clock clock) {
    this.inbox = inbox;
    this.mailer = mailer;
    this.organisations = organisations;
    this.victims = victims;
    this.clock = clock;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(ReferralEvents.Sent sent) {
    notify(
        sent.to(),
        caseWorkers(),
        NoticeKind.REFERRAL_RECEIVED,
        sent.caseId(),
        "/referrals",
        sent.referralId().toString());
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(ReferralEvents.Accepted accepted) {
    notify(
        accepted.from(),
        caseWorkers(),
        NoticeKind.REFERRAL_ACCEPTED,
        accepted.caseId(),
        "/cases/" + accepted.caseId(),
        accepted.referralId().toString());
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(ReferralEvents.Declined declined) {
    notify(
        declined.from(),
        caseWorkers(),
        NoticeKind.REFERRAL_DECLINED,
        declined.caseId(),
        "/cases/" + declined.caseId(),
        declined.referralId().toString());
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(Events.CaseAssigned assigned) {
    if (assigned.assignee().equalsIgnoreCase(assigned.by())) {
      return;
    }
    notify(
        assigned.organisationId(),
        m -> m.username().equalsIgnoreCase(assigned.assignee()),
        NoticeKind.CASE_ASSIGNED,
        assigned.caseId(),
        "/cases/" + assigned.caseId(),
        assigned.caseId() + ":" + LocalDate.now(clock) + ":" + assigned.assignee());
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(Events.TaskAssigned task) {
    if (task.assignee().equalsIgnoreCase(task.by())) {
      return;
    }
    notify(
        task.organisationId(),
        m -> m.username().equalsIgnoreCase(task.assignee()),
        NoticeKind.TASK_ASSIGNED,
        task.caseId(),
        "/cases/" + task.caseId(),
        task.taskId().toString());
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(org.koldoo.justice.Events.FollowUpAssigned followUp) {
    // a criminal case is named by its registration number, which names nobody
    mailer.send(
        inbox.write(
            organisations.member(followUp.organisationId(), followUp.assignee()).stream().toList(),
            followUp.organisationId(),
            NoticeKind.TASK_ASSIGNED,
            followUp.registrationNumber(),
            "/justice/" + followUp.caseId(),
            followUp.followUpId().toString()));
  }

  /** A withdrawn consent that named a body tells that body's people to stop at once. */
  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(Events.ConsentChanged changed) {
    if (changed.given() || changed.organisationId() == null) {
      return;
    }
    Predicate<Member> who =
        changed.purpose() == ConsentPurpose.LAW_ENFORCEMENT_CONTACT
            ? m -> m.roles().stream().anyMatch(LAW_ENFORCEMENT::contains)
            : m -> true;
    notify(
        changed.organisationId(),
        who,
        NoticeKind.CONSENT_WITHDRAWN,
        changed.caseId(),
        "/cases/" + changed.caseId(),
        changed.caseId() + ":" + changed.purpose() + ":" + LocalDate.now(clock));
  }

  /** Every morning in Bishkek, each follow-up due today reminds the person it is given to. */
  @Scheduled(
      cron = "${koldoo.notifications.reminder-cron:0 0 7 * * *}",
      zone = "${koldoo.time-zone:Asia/Bishkek}")
  public void remindToday() {
    remind(LocalDate.now(clock));
  }

  /**
   * The reminders of follow-ups due on a day; sending them twice sends nothing new, and with
   * several instances only one sends at a time.
   */
  @Transactional
  public int remind(LocalDate day) {
    if (!inbox.claimReminders()) {
      return 0; // another instance is sending them
    }
    int written = 0;
    for (VictimCases.DueTask task : victims.tasksDue(day)) {
      List<Inbox.Delivered> notices =
          inbox.write(
              organisations.member(task.organisationId(), task.assignee()).stream().toList(),
              task.organisationId(),
              NoticeKind.TASK_DUE,
              task.pseudonym(),
              "/cases/" + task.caseId(),
              task.taskId() + ":" + day);
      mailer.send(notices);
      written += notices.size();
    }
    return written;
  }

  private static Predicate<Member> caseWorkers() {
    return m -> m.roles().stream().anyMatch(Role::handlesCases);
  }

  private void notify(
      UUID organisation,
      Predicate<Member> who,
      NoticeKind kind,
      UUID caseId,
      String link,
      String event) {
    if (organisation == null) {
      return;
    }
    String pseudonym = victims.pseudonymOf(caseId).orElse("—");
    List<Member> recipients = organisations.members(organisation).stream().filter(who).toList();
    mailer.send(inbox.write(recipients, organisation, kind, pseudonym, link, event));
  }
}
