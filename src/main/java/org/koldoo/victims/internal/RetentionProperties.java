package org.koldoo.victims.internal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long victims' identities are kept.
 *
 * @param identityAfter how long after a case is closed its identity, photo, notes and attachments
 *     are erased ({@code KOLDOO_RETENTION_IDENTITY_AFTER}, e.g. {@code P5Y}); unset, nothing is
 *     erased by itself (an erasure cannot be undone, so it is never a default)
 */
@ConfigurationProperties("koldoo.retention")
record RetentionProperties(Period identityAfter) {

  RetentionProperties {
    if (identityAfter != null && (identityAfter.isNegative() || identityAfter.isZero())) {
      throw new IllegalArgumentException("koldoo.retention.identity-after must be positive");
    }
  }
}
