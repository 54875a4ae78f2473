package org.koldoo.platform.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the acting person in the current security context. */
public final class Actors {

  private Actors() {}

  public static Actor current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
      return Actor.ANONYMOUS;
    }
    if (authentication.getPrincipal() instanceof ActorAware aware) {
      return aware.actor();
    }
    return new Actor(authentication.getName(), null);
  }
}
