package org.koldoo.organisations;

import java.util.Set;
import org.koldoo.platform.security.Role;

/**
 * An active person of an organisation, as other modules see them: someone a case or a task can be
 * given to, or a notification sent to.
 *
 * @param email where notifications go, null when none is recorded
 * @param language the language they read Koldoo in (en, ky, ru), null when not chosen
 */
public record Member(
    String username, String fullName, String email, String language, Set<Role> roles) {

  public Member {
    roles = Set.copyOf(roles);
  }
}
