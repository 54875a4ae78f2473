package org.koldoo.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.koldoo.organisations.Member;
import org.koldoo.organisations.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends each notice by e-mail to its recipient, when an SMTP server is configured ({@code
 * spring.mail.host}) and the person has an address. The e-mail says what kind of notice it is,
 * names the case by its pseudonym and links to Koldoo: it never carries a name or any other detail,
 * which stay behind the sign-in. An e-mail that does not go out (the SMTP server away, the process
 * stopped first) is sent again later ({@link MailQueue}); the notice is in the inbox either way.
 */
@Component
class NoticeMailer {

  private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final MailQueue queue;
  private final Organisations organisations;
  private final Clock clock;
  private final String from;
  private final String baseUrl;

  NoticeMailer(
      ObjectProvider<JavaMailSender> mail,
      MessageSource messages,
      MailQueue queue,
      Organisations organisations,
      Clock clock,
      @Value("${koldoo.mail.from:koldoo@localhost}") String from,
      @Value("${koldoo.public-url:http://localhost:8080}") String baseUrl) {
    this.mail = mail;
    this.messages = messages;
    this.queue = queue;
    this.organisations = organisations;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * E-mails go out one after another on a thread of their own, after the notices are written: a
   * slow or unreachable SMTP server never holds the change that caused them.
   */
  private final java.util.concurrent.ExecutorService outbox =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "koldoo-mail");
            t.setDaemon(true);
            return t;
          });

  @jakarta.annotation.PreDestroy
  void stop() {
    outbox.shutdown();
  }

  /**
   * Sends the e-mails of notices just written, in the transaction that writes them: they are due
   * with the notices, and go out once the notices are committed.
   */
  void send(List<Inbox.Delivered> notices) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || notices.isEmpty()) {
      return;
    }
    queue.due(
        notices.stream().filter(n -> address(n.to()) != null).map(Inbox.Delivered::id).toList());
    if (org.springframework.transaction.support.TransactionSynchronizationManager
        .isSynchronizationActive()) {
      // only once the notices are committed: a rolled-back notice sends nothing
      org.springframework.transaction.support.TransactionSynchronizationManager
          .registerSynchronization(
              new org.springframework.transaction.support.TransactionSynchronization() {
                @Override
                public void afterCommit() {
                  outbox.execute(() -> deliver(sender, notices));
                }
              });
    } else {
      outbox.execute(() -> deliver(sender, notices));
    }
  }

  private void deliver(JavaMailSender sender, List<Inbox.Delivered> notices) {
    for (Inbox.Delivered notice : notices) {
      String address = address(notice.to());
      if (address != null && claimed(notice.id())) {
        mailed(sender, notice, address);
      }
    }
  }

  private boolean claimed(UUID id) {
    try {
      return queue.claim(id, Instant.now(clock));
    } catch (DataAccessException e) {
      log.warn("Notice {} could not be e-mailed now: {}", id, e.getMessage());
      return false; // still due: a retry sends it
    }
  }

  /**
   * Sends again the e-mails that did not go out: every minute, a few at a time, on whichever
   * instance claims them first.
   */
  @Scheduled(
      fixedDelayString = "${koldoo.notifications.mail-retry:PT1M}",
      initialDelayString = "${koldoo.notifications.mail-retry:PT1M}")
  void retryDue() {
    retryDue(Instant.now(clock));
  }

  /** Sends the e-mails due again at {@code now}; answers how many went out. */
  int retryDue(Instant now) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    for (MailQueue.Claimed due : queue.claimDue(now, 50)) {
      Member to = organisations.member(due.organisationId(), due.recipient()).orElse(null);
      String address = to == null ? null : address(to);
      if (address == null) {
        queue.dropped(due.id());
        continue;
      }
      var notice = new Inbox.Delivered(due.id(), to, due.kind(), due.title(), due.link());
      if (mailed(sender, notice, address)) {
        sent++;
      }
    }
    return sent;
  }

  /** Sends one claimed e-mail and records how it went; answers whether it went out. */
  private boolean mailed(JavaMailSender sender, Inbox.Delivered notice, String address) {
    try {
      sender.send(message(notice, address));
    } catch (MailException e) {
      boolean again = true;
      try {
        again = queue.failed(notice.id());
      } catch (DataAccessException unrecorded) {
        // still due as it was: tried again all the same
      }
      log.warn(
          "Notice {} could not be e-mailed{}: {}",
          notice.id(),
          again ? " (it will be tried again)" : ", given up",
          String.valueOf(e.getMessage()).replaceAll("\\s+", " ")); // one line, nested causes too
      return false;
    }
    try {
      queue.sent(notice.id(), Instant.now(clock));
    } catch (DataAccessException unrecorded) {
      log.warn(
          "Notice {} was e-mailed but could not be marked so: {}",
          notice.id(),
          unrecorded.getMessage());
    }
    return true;
  }

  private static String address(Member to) {
    return to.email() == null || to.email().isBlank() ? null : to.email().strip();
  }

  /** The e-mail of a notice, in its recipient's language: what, the pseudonym, the link. */
  SimpleMailMessage message(Inbox.Delivered notice, String address) {
    Locale locale =
        notice.to().language() == null
            ? Locale.ENGLISH
            : Locale.forLanguageTag(notice.to().language());
    String what = messages.getMessage(notice.kind().messageKey(), null, locale);
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(address);
    message.setSubject("Koldoo: " + what + " (" + notice.title() + ")");
    message.setText(
        messages.getMessage(
            "notice.mail.body",
            new Object[] {what, notice.title(), baseUrl + notice.link()},
            locale));
    return message;
  }
}
