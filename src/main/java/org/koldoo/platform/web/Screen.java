package org.koldoo.platform.web;

import java.util.Set;
import org.koldoo.platform.security.Role;

/**
 * A screen of the web interface and the roles that may open it. Modules declare their screens as
 * beans; the security configuration grants access from this list and the layout builds each
 * person's navigation from it, so what a role sees and what it may open cannot drift apart.
 *
 * @param path the screen's URL; everything below it belongs to the screen too
 * @param labelKey message key of the navigation label
 * @param roles roles allowed to open it
 * @param order position in the navigation
 * @param inNavigation whether the screen appears in the navigation bar
 */
public record Screen(
    String path, String labelKey, Set<Role> roles, int order, boolean inNavigation) {

  public Screen {
    roles = Set.copyOf(roles);
  }

  public boolean allows(Set<Role> held) {
    return held.stream().anyMatch(roles::contains);
  }
}
