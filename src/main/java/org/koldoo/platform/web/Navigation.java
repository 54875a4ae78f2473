package org.koldoo.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.koldoo.platform.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** All screens declared by the modules, and the ones a given person may open. */
@Component
public class Navigation {

  private final List<Screen> screens;

  Navigation(List<Screen> screens) {
    this.screens = screens.stream().sorted(Comparator.comparingInt(Screen::order)).toList();
  }

  public List<Screen> all() {
    return screens;
  }

  public List<Screen> visibleTo(Set<Role> roles) {
    return screens.stream().filter(Screen::inNavigation).filter(s -> s.allows(roles)).toList();
  }

  private static final String SIGN_IN_UNFINISHED = Navigation.class.getName() + ".signInUnfinished";

  /**
   * Marks a request of someone whose sign-in is not finished (a second factor or a new password is
   * still due): its page shows no navigation and no counts of waiting work, only the step and the
   * way out.
   */
  public static void signInUnfinished(jakarta.servlet.http.HttpServletRequest request) {
    request.setAttribute(SIGN_IN_UNFINISHED, Boolean.TRUE);
  }

  static boolean isSignInUnfinished(jakarta.servlet.http.HttpServletRequest request) {
    return request.getAttribute(SIGN_IN_UNFINISHED) != null;
  }

  public static Set<Role> rolesOf(Authentication authentication) {
    return org.koldoo.platform.security.Actors.rolesOf(authentication);
  }
}
