package org.koldoo.notifications.internal;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The day's follow-up reminders, sent by a server that was not running when they were due (stopped
 * for maintenance at seven, say): as it starts serving, when the day's time for them ({@code
 * koldoo.notifications.reminder-cron}, where Koldoo is) has passed. A reminder sent already is not
 * sent again, so a start after a normal morning sends nothing.
 */
@Component
class MissedReminders {

  private static final Logger log = LoggerFactory.getLogger(MissedReminders.class);

  private final Notices notices;
  private final Clock clock;
  private final String cron;

  MissedReminders(
      Notices notices,
      Clock clock,
      @Value("${koldoo.notifications.reminder-cron:0 0 7 * * *}") String cron) {
    this.notices = notices;
    this.clock = clock;
    this.cron = cron;
  }

  /** Only a server catches up: not an operator's command, nor a test without a web server. */
  @EventListener
  void serving(ApplicationReadyEvent ready) {
    if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
      try {
        catchUp(ZonedDateTime.now(clock));
      } catch (DataAccessException unreachable) {
        // a server that has started is not stopped for a reminder: the next start or morning sends
        log.warn(
            "The day's missed follow-up reminders were not sent: {}", unreachable.getMessage());
      }
    }
  }

  /** Sends the day's reminders if their time of the day has passed; answers how many went out. */
  int catchUp(ZonedDateTime now) {
    if (Scheduled.CRON_DISABLED.equals(cron)) {
      return 0;
    }
    ZonedDateTime due =
        CronExpression.parse(cron)
            .next(now.toLocalDate().atStartOfDay(now.getZone()).minusNanos(1));
    if (due == null || !due.toLocalDate().equals(now.toLocalDate()) || due.isAfter(now)) {
      return 0;
    }
    int sent = notices.remind(now.toLocalDate());
    if (sent > 0) {
      log.info("Sent {} follow-up reminders of {}, due at {}", sent, now.toLocalDate(), due);
    }
    return sent;
  }
}
