package org.koldoo.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * The person (or system) on whose behalf something happens, as recorded in the audit trail, with
 * the roles they act in: every module's policy asks these, never the security context itself.
 *
 * @param username login name, or {@code system} / {@code anonymous}
 * @param organisationId the person's organisation, null for the system or an anonymous caller
 * @param roles the roles the person acts in now (none for the system or an anonymous caller)
 */
public record Actor(String username, UUID organisationId, Set<Role> roles) {

  public static final Actor SYSTEM = new Actor("system", null);
  public static final Actor ANONYMOUS = new Actor("anonymous", null);

  public Actor {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public Actor(String username, UUID organisationId) {
    this(username, organisationId, Set.of());
  }

  /** Whether the actor acts in at least one of these roles. */
  public boolean hasAny(Role... any) {
    for (Role r : any) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor works on victims' cases for an organisation (a case-handling role in one).
   */
  public boolean handlesCases() {
    return organisationId != null && roles.stream().anyMatch(Role::handlesCases);
  }

  /** Whether the actor acts in a role that oversees the whole country ({@link Role}). */
  public boolean overseesNationally() {
    return roles.stream().anyMatch(Role::overseesNationally);
  }

  public Actor withRoles(Set<Role> roles) {
    return new Actor(username, organisationId, roles);
  }
}
