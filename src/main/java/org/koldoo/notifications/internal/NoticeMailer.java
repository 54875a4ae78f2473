package org.koldoo.notifications.internal;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends each notice by e-mail to its recipient, when an SMTP server is configured ({@code
 * spring.mail.host}) and the person has an address. The e-mail says what kind of notice it is,
 * names the case by its pseudonym and links to Koldoo: it never carries a name or any other detail,
 * which stay behind the sign-in. A failed e-mail is logged and leaves the notice in the inbox.
 */
@Component
class NoticeMailer {

  private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final Inbox inbox;
  private final String from;
  private final String baseUrl;

  NoticeMailer(
      ObjectProvider<JavaMailSender> mail,
      MessageSource messages,
      Inbox inbox,
      @Value("${koldoo.mail.from:koldoo@localhost}") String from,
      @Value("${koldoo.public-url:http://localhost:8080}") String baseUrl) {
    this.mail = mail;
    this.messages = messages;
    this.inbox = inbox;
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

  void send(List<Inbox.Delivered> notices) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || notices.isEmpty()) {
      return;
    }
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
      String address = notice.to().email();
      if (address == null || address.isBlank()) {
        continue;
      }
      try {
        sender.send(message(notice, address.strip()));
        inbox.emailed(notice.id());
      } catch (MailException | org.springframework.dao.DataAccessException e) {
        log.warn("Notice {} could not be e-mailed: {}", notice.id(), e.getMessage());
      }
    }
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
