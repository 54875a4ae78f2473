package org.koldoo.organisations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.internal.UserExceptions.UserConflict;
import org.koldoo.organisations.internal.UserExceptions.UserNotFound;
import org.koldoo.organisations.internal.UserForms.ChangePassword;
import org.koldoo.organisations.internal.UserForms.EditUser;
import org.koldoo.organisations.internal.UserForms.NewUser;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing accounts. Every change is audited; a change that takes rights away
 * (deactivation, fewer roles, a password reset) ends the person's sessions and API tokens at once.
 */
@Service
class UserService {

  private final UserAccountRepository users;
  private final OrganisationService organisations;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final SessionTermination sessions;
  private final ApiTokenService tokens;
  private final Clock clock;
  private final SecurityProperties security;

  UserService(
      UserAccountRepository users,
      OrganisationService organisations,
      PasswordEncoder passwords,
      AuditTrail audit,
      SessionTermination sessions,
      ApiTokenService tokens,
      Clock clock,
      SecurityProperties security) {
    this.security = security;
    this.users = users;
    this.organisations = organisations;
    this.passwords = passwords;
    this.audit = audit;
    this.sessions = sessions;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** The account and the temporary password the administrator hands over. */
  record Created(
      UUID id, String username, String temporaryPassword, Instant temporaryPasswordUntil) {}

  @Transactional
  Created create(NewUser form) {
    String username = form.username().strip();
    if (users.findByUsername(username).isPresent()) {
      throw UserConflict.usernameTaken(username);
    }
    checkOrganisation(form.organisationId());
    String temporary =
        form.temporaryPassword() == null || form.temporaryPassword().isBlank()
            ? PasswordPolicy.generate()
            : form.temporaryPassword();
    checkPolicy("temporaryPassword", temporary, username);
    UserAccount account =
        UserAccount.create(
            username,
            form.fullName().strip(),
            blankToNull(form.email()),
            form.organisationId(),
            form.roles(),
            passwords.encode(temporary),
            true,
            now());
    Instant until = now().plus(security.temporaryPasswordLifetime());
    account.temporaryPasswordUntil(until);
    UserAccount user = users.save(account);
    audit.record(
        AuditRecord.of("USER_CREATED", "user", user.id())
            .withDetails(
                "username="
                    + username
                    + " organisation="
                    + form.organisationId()
                    + " roles="
                    + form.roles()));
    return new Created(user.id(), username, temporary, until);
  }

  @Transactional
  void update(UUID id, EditUser form) {
    UserAccount user = load(id);
    checkOrganisation(form.organisationId());
    Set<Role> before = user.roles();
    if (before.contains(Role.SYSTEM_ADMINISTRATOR)
        && !form.roles().contains(Role.SYSTEM_ADMINISTRATOR)
        && user.active()
        && users.countOtherActiveAdministrators(id) == 0) {
      throw UserConflict.lastAdministrator();
    }
    boolean organisationChanged = !user.organisationId().equals(form.organisationId());
    user.change(
        form.fullName().strip(),
        blankToNull(form.email()),
        form.organisationId(),
        form.roles(),
        blankToNull(form.preferredLanguage()),
        now());
    users.save(user);
    audit.record(
        AuditRecord.of("USER_UPDATED", "user", id)
            .withDetails(
                "roles "
                    + before
                    + " -> "
                    + form.roles()
                    + (organisationChanged ? " organisation -> " + form.organisationId() : "")));
    if (!before.equals(form.roles()) || organisationChanged) {
      endAccess(user);
    }
  }

  @Transactional
  void deactivate(UUID id) {
    UserAccount user = load(id);
    if (user.username().equalsIgnoreCase(Actors.current().username())) {
      throw UserConflict.ownAccount();
    }
    if (user.roles().contains(Role.SYSTEM_ADMINISTRATOR)
        && users.countOtherActiveAdministrators(id) == 0) {
      throw UserConflict.lastAdministrator();
    }
    user.setActive(false, now());
    users.save(user);
    audit.record(AuditRecord.of("USER_DEACTIVATED", "user", id));
    endAccess(user);
  }

  @Transactional
  void activate(UUID id) {
    UserAccount user = load(id);
    checkOrganisation(user.organisationId());
    user.setActive(true, now());
    users.save(user);
    audit.record(AuditRecord.of("USER_ACTIVATED", "user", id));
  }

  /** Sets a new temporary password, unlocks the account and returns the password once. */
  @Transactional
  String resetPassword(UUID id) {
    UserAccount user = load(id);
    String temporary = PasswordPolicy.generate();
    user.setPassword(passwords.encode(temporary), true, now());
    user.temporaryPasswordUntil(now().plus(security.temporaryPasswordLifetime()));
    users.save(user);
    audit.record(AuditRecord.of("USER_PASSWORD_RESET", "user", id));
    endAccess(user);
    return temporary;
  }

  /** A person replaces their own password (required at first login and after a reset). */
  @Transactional
  void changeOwnPassword(String username, ChangePassword form) {
    UserAccount user = users.findByUsername(username).orElseThrow(() -> UserNotFound.forId(null));
    if (!passwords.matches(form.currentPassword(), user.passwordHash())) {
      throw UserConflict.wrongCurrentPassword();
    }
    if (!form.newPassword().equals(form.repeat())) {
      throw UserConflict.passwordsDiffer();
    }
    if (form.newPassword().equals(form.currentPassword())) {
      throw UserConflict.samePassword();
    }
    checkPolicy("newPassword", form.newPassword(), user.username());
    user.setPassword(passwords.encode(form.newPassword()), false, now());
    users.save(user);
    audit.record(AuditRecord.of("PASSWORD_CHANGED", "user", user.id()));
  }

  UserAccount load(UUID id) {
    return users.findById(id).orElseThrow(() -> UserNotFound.forId(id));
  }

  private void checkOrganisation(UUID organisationId) {
    OrganisationSummary organisation =
        organisations.find(organisationId).orElseThrow(UserConflict::unknownOrganisation);
    if (!organisation.active()) {
      throw UserConflict.inactiveOrganisation();
    }
  }

  private static void checkPolicy(String field, String password, String username) {
    List<String> broken = PasswordPolicy.violations(password, username);
    if (!broken.isEmpty()) {
      throw UserConflict.weakPassword(field, broken.get(0));
    }
  }

  private void endAccess(UserAccount user) {
    sessions.endSessionsOf(user.username());
    tokens.revokeAll(user.id());
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
