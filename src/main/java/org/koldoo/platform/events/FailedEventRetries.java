package org.koldoo.platform.events;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events whose handling failed (the database away for a moment, a record not there yet) are handed
 * to their listeners again every minute, on a running server, rather than only when Koldoo next
 * starts: a referral's receiver does not wait for a restart to see the case. The publication
 * registry claims each one it hands again, so with several instances one does; every listener
 * leaves the same whether an event reaches it once or again, and in whatever order.
 */
@Component
public class FailedEventRetries {

  private final FailedEventPublications failed;

  FailedEventRetries(FailedEventPublications failed) {
    this.failed = failed;
  }

  /** Hands every failed event to its listener again. */
  @Scheduled(
      fixedDelayString = "${koldoo.events.retry:PT1M}",
      initialDelayString = "${koldoo.events.retry:PT1M}")
  public void retry() {
    failed.resubmit(ResubmissionOptions.defaults());
  }
}
