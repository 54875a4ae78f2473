package org.koldoo.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the acting person, with their roles, in the current security context. */
public final class Actors {

  private Actors() {}

  public static Actor current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
      return Actor.ANONYMOUS;
    }
    Set<Role> roles = rolesOf(authentication);
    if (authentication.getPrincipal() instanceof ActorAware aware) {
      return aware.actor().withRoles(roles);
    }
    return new Actor(authentication.getName(), null, roles);
  }

  /** The Koldoo roles an authentication carries. */
  public static Set<Role> rolesOf(Authentication authentication) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (authentication == null) {
      return roles;
    }
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      for (Role role : Role.values()) {
        if (role.authority().equals(authority.getAuthority())) {
          roles.add(role);
        }
      }
    }
    return roles;
  }
}
