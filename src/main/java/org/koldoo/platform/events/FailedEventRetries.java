package org.koldoo.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events whose handling failed (the database away for a moment, a record not there yet) are handed
 * to their listeners again on a running server, rather than only when Koldoo next starts: a
 * referral's receiver does not wait for a restart to see the case. The first five tries come a
 * minute apart; after them the wait doubles, up to an hour, and each such try is logged, so an
 * event that keeps failing is seen and does not take the registry's attention every minute for
 * ever. The publication registry claims each one it hands again, so with several instances one
 * does; every listener leaves the same whether an event reaches it once or again, and in whatever
 * order.
 */
@Component
public class FailedEventRetries {

  private static final Logger log = LoggerFactory.getLogger(FailedEventRetries.class);

  /** Tries a minute apart before the wait between them grows. */
  static final int QUICK_TRIES = 5;

  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  private final FailedEventPublications failed;
  private final Clock clock;

  FailedEventRetries(FailedEventPublications failed, Clock clock) {
    this.failed = failed;
    this.clock = clock;
  }

  /** Hands every failed event whose wait is over to its listener again. */
  @Scheduled(
      fixedDelayString = "${koldoo.events.retry:PT1M}",
      initialDelayString = "${koldoo.events.retry:PT1M}")
  public void retry() {
    Instant now = Instant.now(clock);
    failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> due(p, now)));
  }

  private static boolean due(EventPublication publication, Instant now) {
    Instant last =
        publication.getLastResubmissionDate() == null
            ? publication.getPublicationDate()
            : publication.getLastResubmissionDate();
    int tries = publication.getCompletionAttempts();
    boolean due = !last.plus(waitAfter(tries)).isAfter(now);
    if (due && tries >= QUICK_TRIES) {
      log.warn(
          "The event {} ({}) failed {} times; it is handed to its listener again now, and again"
              + " after {} if it fails",
          publication.getIdentifier(),
          publication.getEvent().getClass().getSimpleName(),
          tries,
          waitAfter(tries + 1));
    }
    return due;
  }

  /**
   * How long after its last try an event that failed {@code tries} times is handed again: nothing
   * more than the retry's own minute for the first five, then 2, 4, 8, 16 and 32 minutes, then an
   * hour.
   */
  static Duration waitAfter(int tries) {
    if (tries < QUICK_TRIES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(tries - QUICK_TRIES + 1, 6);
    Duration wait = Duration.ofMinutes(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
