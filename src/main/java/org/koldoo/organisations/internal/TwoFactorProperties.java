package org.koldoo.organisations.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.koldoo.platform.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-factor sign-in.
 *
 * @param requiredRoles roles that must sign in with a second factor ({@code
 *     KOLDOO_SECURITY_TWO_FACTOR_REQUIRED_ROLES}); by default every role that can see a victim's
 *     identity (the case-handling roles); empty for none. Anyone else may set one up.
 * @param issuer the name an authenticator app shows beside the account
 * @param maxAttempts wrong codes in one sign-in before it is ended and must start again
 */
@ConfigurationProperties("koldoo.security.two-factor")
record TwoFactorProperties(
    Set<Role> requiredRoles,
    @DefaultValue("Koldoo") String issuer,
    @DefaultValue("5") int maxAttempts) {

  TwoFactorProperties {
    if (requiredRoles == null) {
      requiredRoles = EnumSet.noneOf(Role.class);
      Arrays.stream(Role.values()).filter(Role::handlesCases).forEach(requiredRoles::add);
    }
    requiredRoles = Set.copyOf(requiredRoles);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "koldoo.security.two-factor.max-attempts must be at least 1");
    }
  }

  /** Whether a person with these roles must use a second factor. */
  boolean requiredFor(Set<Role> roles) {
    return roles.stream().anyMatch(requiredRoles::contains);
  }
}
