package org.koldoo.backup.internal;

/**
 * The database holds the schema of a restore whose load did not commit, and something other than a
 * restore was started on it. Koldoo refuses to start rather than serve an empty system.
 */
class UnfinishedRestore extends IllegalStateException {

  UnfinishedRestore() {
    super("This database holds the schema of a restore that did not finish, and none of its data.");
  }
}
