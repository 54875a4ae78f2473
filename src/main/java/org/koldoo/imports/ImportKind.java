package org.koldoo.imports;

import java.util.List;
import java.util.UUID;
import org.koldoo.platform.security.Actor;

/**
 * A kind of record that can be brought in from a spreadsheet. The module that owns the records
 * implements it: it names the columns, turns a row into its own command with the same rules as its
 * forms, and writes a batch of rows in the transaction the import opened, so that a row is written
 * whole or not at all.
 *
 * @param <T> the module's command for one row
 */
public interface ImportKind<T> {

  /** The kind's name in addresses and files, e.g. {@code hotline-calls}. */
  String name();

  /** Message key of the kind's name as the user reads it. */
  String labelKey();

  List<ImportColumn> columns();

  /** Whether this person may bring in records of the kind (for their own organisation). */
  boolean mayImport(Actor actor);

  /**
   * The row as the module's command, or null after naming its problems on the row. Called only when
   * every cell was read by its type.
   */
  T read(ImportRow row);

  /**
   * Writes the rows in the caller's transaction: a row with {@link Keyed#existing} updates that
   * record, any other creates one. Returns the records' ids in the rows' order.
   */
  List<UUID> write(List<Keyed<T>> rows, Actor actor, UUID importId);

  /**
   * One row's command with the record it already became in an earlier import (null when new).
   *
   * @param <T> the module's command
   */
  record Keyed<T>(int row, T command, UUID existing) {}
}
