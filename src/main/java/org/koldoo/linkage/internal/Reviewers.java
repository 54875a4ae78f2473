package org.koldoo.linkage.internal;

import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Navigation;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reviews linkage: national coordinators and analysts review every pair, pseudonymously; a case
 * worker reviews the pairs of which they may see both identities (typically a person their
 * organisation registered twice), and sees the two side by side.
 */
final class Reviewers {

  private Reviewers() {}

  static boolean national() {
    var roles = Navigation.rolesOf(SecurityContextHolder.getContext().getAuthentication());
    return roles.contains(Role.NATIONAL_COORDINATOR) || roles.contains(Role.ANALYST);
  }
}
