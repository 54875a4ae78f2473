package org.koldoo.organisations.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.platform.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's account. Login counters (failed attempts, lock-out, last login) are kept by {@link
 * LoginRecorder} with direct updates, so a login never collides with an administrator's edit.
 */
@Table("user_account")
class UserAccount {

  @Id private final UUID id;
  private String username;
  private String fullName;
  private String email;
  private UUID organisationId;
  private String passwordHash;
  private boolean mustChangePassword;
  private Instant temporaryPasswordUntil;
  // a system's account (an integration), which signs in through the API with a secret only
  private boolean apiClient;
  private boolean active;
  private int failedLogins;
  private Instant lockedUntil;
  private Instant lastLoginAt;
  private String preferredLanguage;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private Integer version;

  @MappedCollection(idColumn = "user_account")
  private Set<RoleGrant> roles = new HashSet<>();

  @PersistenceCreator
  UserAccount(UUID id) {
    this.id = id;
  }

  static UserAccount create(
      String username,
      String fullName,
      String email,
      UUID organisationId,
      Set<Role> roles,
      String passwordHash,
      boolean mustChangePassword,
      Instant now) {
    UserAccount user = new UserAccount(UUID.randomUUID());
    user.username = username;
    user.passwordHash = passwordHash;
    user.mustChangePassword = mustChangePassword;
    user.active = true;
    user.createdAt = now;
    user.change(fullName, email, organisationId, roles, null, now);
    return user;
  }

  void change(
      String fullName,
      String email,
      UUID organisationId,
      Set<Role> roles,
      String preferredLanguage,
      Instant now) {
    this.fullName = fullName;
    this.email = email;
    this.organisationId = organisationId;
    this.roles = roles.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
    this.preferredLanguage = preferredLanguage;
    this.updatedAt = now;
  }

  void setPassword(String hash, boolean mustChange, Instant now) {
    this.passwordHash = hash;
    this.mustChangePassword = mustChange;
    this.temporaryPasswordUntil = null;
    this.failedLogins = 0;
    this.lockedUntil = null;
    this.updatedAt = now;
  }

  /**
   * The temporary password just given opens the account until {@code until} only: one handed over
   * and never used does not stay a way in.
   */
  void temporaryPasswordUntil(Instant until) {
    this.temporaryPasswordUntil = until;
  }

  /** Whether the password is a temporary one whose time is over. */
  boolean temporaryPasswordExpired(Instant now) {
    return mustChangePassword
        && temporaryPasswordUntil != null
        && !temporaryPasswordUntil.isAfter(now);
  }

  /** Marks the account as a system's: it signs in through the API only, with its secret. */
  void markApiClient() {
    this.apiClient = true;
  }

  boolean apiClient() {
    return apiClient;
  }

  void setActive(boolean active, Instant now) {
    this.active = active;
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  String username() {
    return username;
  }

  String fullName() {
    return fullName;
  }

  String email() {
    return email;
  }

  UUID organisationId() {
    return organisationId;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  boolean active() {
    return active;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  Instant lastLoginAt() {
    return lastLoginAt;
  }

  String preferredLanguage() {
    return preferredLanguage;
  }

  Set<Role> roles() {
    Set<Role> held = EnumSet.noneOf(Role.class);
    roles.forEach(grant -> held.add(grant.role()));
    return held;
  }

  /** One role held by the account. */
  @Table("user_role")
  record RoleGrant(Role role) {}
}
