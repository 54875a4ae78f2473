package org.koldoo.victims.internal;

import java.util.UUID;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.NotFoundException;

final class CaseExceptions {

  private CaseExceptions() {}

  /** Also what a person who may not see a case gets: its existence is not revealed. */
  static final class CaseNotFound extends NotFoundException {
    private CaseNotFound(UUID id) {
      super("case.notFound", id);
    }

    static CaseNotFound forId(UUID id) {
      return new CaseNotFound(id);
    }
  }

  static final class CaseConflict extends ConflictException {
    private CaseConflict(String key) {
      super(null, key);
    }

    static CaseConflict staleEdit() {
      return new CaseConflict("case.staleEdit");
    }
  }
}
