package org.koldoo.organisations.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login protection and tokens.
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockoutDuration how long a locked account stays locked
 * @param throttleMaxAttempts failed logins from one address within the window before it must wait
 * @param throttleWindow the window of the address throttle
 * @param tokenLifetime how long an API token is valid
 * @param adminPassword password of the first administrator, when set at first start
 * @param passwordMemoryKib memory of one Argon2id password hash, in KiB (16 MiB by default, Spring
 *     Security's recommendation; a stored hash keeps its own cost, so changing it never locks
 *     anyone out)
 * @param passwordIterations iterations of one Argon2id password hash
 * @param temporaryPasswordLifetime how long a temporary password an administrator gives (a new
 *     account, a reset) opens the account; after it, the administrator resets it again
 */
@ConfigurationProperties("koldoo.security")
record SecurityProperties(
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15m") Duration lockoutDuration,
    @DefaultValue("20") int throttleMaxAttempts,
    @DefaultValue("10m") Duration throttleWindow,
    @DefaultValue("8h") Duration tokenLifetime,
    String adminPassword,
    @DefaultValue("16384") int passwordMemoryKib,
    @DefaultValue("2") int passwordIterations,
    @DefaultValue("7d") Duration temporaryPasswordLifetime) {

  SecurityProperties {
    if (passwordMemoryKib < 64 || passwordIterations < 1) {
      throw new IllegalArgumentException(
          "koldoo.security.password-memory-kib must be at least 64 and password-iterations at least 1");
    }
    if (temporaryPasswordLifetime.isNegative() || temporaryPasswordLifetime.isZero()) {
      throw new IllegalArgumentException(
          "koldoo.security.temporary-password-lifetime must be positive");
    }
  }
}
