package org.koldoo.imports.internal;

import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.NotFoundException;

/** The refusals of the imports module, each told in the user's language. */
final class ImportExceptions {

  private ImportExceptions() {}

  /** An unknown import, or one of another organisation (which is not admitted to exist). */
  static final class ImportNotFound extends NotFoundException {
    ImportNotFound(Object id) {
      super("import.notFound", id);
    }
  }

  /** A kind nobody offers. */
  static final class KindNotFound extends NotFoundException {
    KindNotFound(Object name) {
      super("import.kindNotFound", name);
    }
  }

  /** The same import is being committed right now. */
  static final class ImportBusy extends ConflictException {
    ImportBusy() {
      super(null, "import.busy");
    }
  }

  /** Headers are mapped on a dry run only: once a commit started, the sheet is as it was read. */
  static final class NotADryRun extends ConflictException {
    NotADryRun() {
      super(null, "import.mapping.notDryRun");
    }
  }
}
