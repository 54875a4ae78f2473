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

  /** Only a dry run not committed can be discarded; a commit started is finished or given up. */
  static final class NotDiscardable extends ConflictException {
    NotDiscardable() {
      super(null, "import.discard.started");
    }
  }

  /** A discarded import has no file left: nothing more of it can be checked or written. */
  static final class Discarded extends ConflictException {
    Discarded() {
      super(null, "import.discarded");
    }
  }
}
