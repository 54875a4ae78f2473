package org.koldoo.linkage.internal;

import org.koldoo.platform.security.Role;

/**
 * Who reviews linkage: national coordinators and analysts review every pair, pseudonymously; a case
 * worker reviews the pairs of which they may see both identities (typically a person their
 * organisation registered twice), and sees the two side by side.
 */
final class Reviewers {

  private Reviewers() {}

  static boolean national() {
    var roles = org.koldoo.platform.security.Actors.current().roles();
    return roles.contains(Role.NATIONAL_COORDINATOR) || roles.contains(Role.ANALYST);
  }
}
