package org.koldoo.audit.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * When serving: checkpoints are written on a schedule, and the server refuses to start with an
 * audit key other than the one that wrote the trail (every later entry would break the chain).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class AuditStartup implements SmartInitializingSingleton {

  private final JdbcAuditTrail trail;
  private final AuditCheckpoints checkpoints;

  AuditStartup(JdbcAuditTrail trail, AuditCheckpoints checkpoints) {
    this.trail = trail;
    this.checkpoints = checkpoints;
  }

  @Override
  public void afterSingletonsInstantiated() {
    trail
        .entryNotMatchingKey()
        .ifPresent(
            id -> {
              throw new org.koldoo.platform.KeyMismatch(
                  "The audit key does not match the key that wrote this audit trail (entry "
                      + id
                      + "). Start with the KOLDOO_AUDIT_KEY or data directory the trail was"
                      + " written with.");
            });
    checkpoints.write();
  }
}
