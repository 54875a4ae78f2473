package org.koldoo.organisations.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.koldoo.platform.security.Role;

/** What administrators and people enter about accounts. */
final class UserForms {

  private UserForms() {}

  /**
   * A new account. Without a temporary password one is generated; either way the person must choose
   * their own at first login.
   */
  record NewUser(
      @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
      @NotBlank @Size(max = 200) String fullName,
      @Email @Size(max = 200) String email,
      @NotNull UUID organisationId,
      @NotEmpty Set<Role> roles,
      String temporaryPassword) {

    static NewUser empty() {
      return new NewUser(null, null, null, null, Set.of(), null);
    }
  }

  /** Changes to an existing account; the username never changes. */
  record EditUser(
      @NotBlank @Size(max = 200) String fullName,
      @Email @Size(max = 200) String email,
      @NotNull UUID organisationId,
      @NotEmpty Set<Role> roles,
      @Pattern(regexp = "(ky|ru|en)?") String preferredLanguage) {}

  /** A person changing their own password. */
  record ChangePassword(
      @NotBlank @Size(max = 200) String currentPassword,
      @NotBlank @Size(max = 200) String newPassword,
      @NotBlank @Size(max = 200) String repeat) {}
}
