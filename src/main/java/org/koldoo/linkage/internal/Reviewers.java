package org.koldoo.linkage.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reviews linkage: national coordinators and analysts review every pair, pseudonymously; a case
 * worker reviews the pairs of which they may see both identities (typically a person their
 * organisation registered twice), and sees the two side by side.
 */
final class Reviewers {

  private Reviewers() {}

  static boolean national() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null
        && a.getAuthorities().stream()
            .anyMatch(
                g ->
                    g.getAuthority().equals("ROLE_NATIONAL_COORDINATOR")
                        || g.getAuthority().equals("ROLE_ANALYST"));
  }
}
