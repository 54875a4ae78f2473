package org.koldoo.audit.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.koldoo.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole audit chain in the background of a serving Koldoo (every {@code
 * koldoo.audit.verify-every}, first a minute after the start) and tells its state to whoever
 * watches the metrics: {@code koldoo_audit_chain_intact} is 1 when the last verification found
 * every entry and checkpoint whole, 0 when it found a break (logged with the first broken entry),
 * and absent-as-NaN before the first; with the entries verified and when.
 */
@Component
@ConditionalOnWebApplication
class AuditChainWatch {

  private static final Logger log = LoggerFactory.getLogger(AuditChainWatch.class);

  private final JdbcAuditTrail trail;
  private final Clock clock;
  private volatile ChainVerification last;
  private volatile Instant verifiedAt;

  AuditChainWatch(JdbcAuditTrail trail, Clock clock, MeterRegistry meters) {
    this.trail = trail;
    this.clock = clock;
    Gauge.builder("koldoo.audit.chain.intact", this, w -> w.intact())
        .description("1 when the last verification found the audit chain whole, 0 when broken")
        .register(meters);
    Gauge.builder("koldoo.audit.chain.entries", this, w -> w.entries())
        .description("Audit entries the last verification walked")
        .register(meters);
    Gauge.builder("koldoo.audit.chain.verified", this, w -> w.verifiedAtSeconds())
        .description("When the audit chain was last verified (seconds since the epoch)")
        .baseUnit("seconds")
        .register(meters);
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${koldoo.audit.verify-every:1h}")
  void verify() {
    ChainVerification found = trail.verify();
    last = found;
    verifiedAt = Instant.now(clock);
    if (!found.valid()) {
      log.error(
          "The audit chain is broken at entry {} ({} entries, {} checkpoints)",
          found.firstBrokenEntry(),
          found.entries(),
          found.checkpoints());
    }
  }

  double intact() {
    ChainVerification v = last;
    return v == null ? Double.NaN : v.valid() ? 1 : 0;
  }

  double entries() {
    ChainVerification v = last;
    return v == null ? Double.NaN : v.entries();
  }

  double verifiedAtSeconds() {
    Instant at = verifiedAt;
    return at == null ? Double.NaN : at.getEpochSecond();
  }
}
