package org.koldoo.organisations.internal;

import java.util.UUID;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.NotFoundException;

final class OrganisationExceptions {

  private OrganisationExceptions() {}

  static final class OrganisationNotFound extends NotFoundException {
    private OrganisationNotFound(UUID id) {
      super("organisation.notFound", id);
    }

    static OrganisationNotFound forId(UUID id) {
      return new OrganisationNotFound(id);
    }
  }

  static final class OrganisationConflict extends ConflictException {
    private OrganisationConflict(String field, String key, Object... args) {
      super(field, key, args);
    }

    static OrganisationConflict codeTaken(String code) {
      return new OrganisationConflict("code", "organisation.codeTaken", code);
    }

    static OrganisationConflict parentCycle() {
      return new OrganisationConflict("parentId", "organisation.parentCycle");
    }

    static OrganisationConflict unknownParent() {
      return new OrganisationConflict("parentId", "organisation.parentUnknown");
    }

    static OrganisationConflict staleEdit() {
      return new OrganisationConflict(null, "error.staleEdit");
    }
  }
}
