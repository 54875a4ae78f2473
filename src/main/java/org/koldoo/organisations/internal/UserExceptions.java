package org.koldoo.organisations.internal;

import java.util.UUID;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.NotFoundException;

final class UserExceptions {

  private UserExceptions() {}

  static final class UserNotFound extends NotFoundException {
    private UserNotFound(Object id) {
      super("user.notFound", id);
    }

    static UserNotFound forId(UUID id) {
      return new UserNotFound(id);
    }
  }

  static final class UserConflict extends ConflictException {
    private UserConflict(String field, String key, Object... args) {
      super(field, key, args);
    }

    static UserConflict usernameTaken(String username) {
      return new UserConflict("username", "user.usernameTaken", username);
    }

    static UserConflict unknownOrganisation() {
      return new UserConflict("organisationId", "user.organisationUnknown");
    }

    static UserConflict inactiveOrganisation() {
      return new UserConflict("organisationId", "user.organisationInactive");
    }

    static UserConflict lastAdministrator() {
      return new UserConflict("roles", "user.lastAdministrator");
    }

    static UserConflict clientAdministrator() {
      return new UserConflict("roles", "apiClient.noAdministrator");
    }

    static UserConflict ownAccount() {
      return new UserConflict(null, "user.ownAccount");
    }

    static UserConflict weakPassword(String field, String key) {
      return new UserConflict(field, key);
    }

    static UserConflict wrongCurrentPassword() {
      return new UserConflict("currentPassword", "password.wrongCurrent");
    }

    static UserConflict passwordsDiffer() {
      return new UserConflict("repeat", "password.repeatDiffers");
    }

    static UserConflict samePassword() {
      return new UserConflict("newPassword", "password.same");
    }
  }
}
