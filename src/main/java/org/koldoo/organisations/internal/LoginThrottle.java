package org.koldoo.organisations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client address in a sliding window. An address over the limit must wait
 * until its oldest failure leaves the window, which slows password guessing across many accounts
 * (the per-account lock-out stops guessing against one). Kept in memory: a restart forgives.
 */
@Component
class LoginThrottle {

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final SecurityProperties properties;
  private final Clock clock;

  LoginThrottle(SecurityProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  void recordFailure(String address) {
    if (address == null) {
      return;
    }
    if (failures.size() > 10_000) {
      sweep();
    }
    Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      prune(times);
      times.addLast(Instant.now(clock));
    }
  }

  /** Seconds the address must wait before trying again; 0 when it may try now. */
  long secondsToWait(String address) {
    Deque<Instant> times = failures.get(address);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      prune(times);
      if (times.size() < properties.throttleMaxAttempts()) {
        return 0;
      }
      Instant free = times.peekFirst().plus(properties.throttleWindow());
      return Math.max(1, free.getEpochSecond() - Instant.now(clock).getEpochSecond());
    }
  }

  /** Drops addresses whose failures have all left the window. */
  private void sweep() {
    failures
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                prune(e.getValue());
                return e.getValue().isEmpty();
              }
            });
  }

  private void prune(Deque<Instant> times) {
    Instant horizon = Instant.now(clock).minus(properties.throttleWindow());
    while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
      times.removeFirst();
    }
  }
}
