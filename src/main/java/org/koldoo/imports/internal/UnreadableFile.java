package org.koldoo.imports.internal;

import org.koldoo.platform.web.InvalidInput;

/** A file that is neither a readable XLSX nor a CSV: refused as a whole, in the user's language. */
class UnreadableFile extends InvalidInput {

  UnreadableFile(String messageKey, Object... arguments) {
    super("file", messageKey, arguments);
  }
}
