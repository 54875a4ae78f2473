package org.koldoo.organisations.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.security.Role;

/** An account as listed to administrators and API clients; never the password hash. */
record UserRow(
    UUID id,
    String username,
    String fullName,
    String email,
    UUID organisationId,
    String organisationCode,
    Set<Role> roles,
    boolean active,
    boolean mustChangePassword,
    Instant lockedUntil,
    Instant lastLoginAt,
    Instant temporaryPasswordUntil) {

  public boolean locked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
