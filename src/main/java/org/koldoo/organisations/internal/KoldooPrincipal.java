package org.koldoo.organisations.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.ActorAware;
import org.koldoo.platform.security.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person: account, organisation and roles. Equal by username. */
final class KoldooPrincipal implements UserDetails, CredentialsContainer, ActorAware, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID id;
  private final String username;
  private final String fullName;
  private final UUID organisationId;
  private final Set<Role> roles;
  private final boolean active;
  private final boolean locked;
  private final boolean mustChangePassword;
  private final boolean temporaryPasswordExpired;
  private final boolean apiClient;
  private String passwordHash;

  KoldooPrincipal(UserAccount account, Clock clock) {
    this.id = account.id();
    this.username = account.username();
    this.fullName = account.fullName();
    this.organisationId = account.organisationId();
    this.roles = Set.copyOf(account.roles());
    this.active = account.active();
    this.locked =
        account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now(clock));
    this.mustChangePassword = account.mustChangePassword();
    this.temporaryPasswordExpired = account.temporaryPasswordExpired(Instant.now(clock));
    this.apiClient = account.apiClient();
    this.passwordHash = account.passwordHash();
  }

  UUID id() {
    return id;
  }

  Set<Role> roles() {
    return roles;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** A system's account: it signs in through the API only, and each of its uses is audited. */
  boolean apiClient() {
    return apiClient;
  }

  @Override
  public Actor actor() {
    return new Actor(username, organisationId);
  }

  @Override
  public String displayName() {
    return fullName;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities =
        roles.stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
            .toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  /** A temporary password past its time no longer opens the account (checked after it matched). */
  @Override
  public boolean isCredentialsNonExpired() {
    return !temporaryPasswordExpired;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return active;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KoldooPrincipal p && p.username.equalsIgnoreCase(username);
  }

  @Override
  public int hashCode() {
    return Objects.hash(username.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return "KoldooPrincipal[" + username + "]";
  }
}
