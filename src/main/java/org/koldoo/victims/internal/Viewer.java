package org.koldoo.victims.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.platform.security.Role;

/** Who is looking: the person, their organisation and its type, and their roles. */
record Viewer(
    String username, UUID organisationId, OrganisationType organisationType, Set<Role> roles) {

  /** National roles work with pseudonyms and aggregates only. */
  static final Set<Role> NATIONAL =
      EnumSet.of(Role.NATIONAL_COORDINATOR, Role.ANALYST, Role.AUDITOR);

  boolean handlesCases() {
    return roles.stream().anyMatch(Role::handlesCases);
  }

  boolean national() {
    return roles.stream().anyMatch(NATIONAL::contains);
  }

  /** Police, prosecution and courts: identity only with law-enforcement consent. */
  boolean lawEnforcement() {
    return organisationType != null && organisationType.isJustice();
  }
}
