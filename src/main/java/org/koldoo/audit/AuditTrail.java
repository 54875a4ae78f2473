package org.koldoo.audit;

import org.koldoo.platform.security.Actor;

/** Appends to and checks the audit trail. Entries join the caller's transaction. */
public interface AuditTrail {

  /** Records an action by the person in the current security context. */
  void record(AuditRecord record);

  /**
   * Records a read of identifying data by the person in the current security context, in a
   * transaction of its own shared with the reads being recorded at the same moment (one commit for
   * all of them); returns only once the entry is committed, so nothing is shown unaudited. Fails
   * when the entry cannot be written.
   */
  void recordRead(AuditRecord record);

  /** Records an action by an explicitly named actor (e.g. a failed login). */
  void record(Actor actor, AuditRecord record);

  /**
   * Recomputes the whole chain, compares it with the checkpoints Koldoo wrote outside the database,
   * and reports the first entry that does not fit.
   */
  ChainVerification verify();

  /** As {@link #verify()}, against the checkpoints in the given file. */
  ChainVerification verify(java.nio.file.Path checkpointFile);

  /**
   * As {@link #verify(java.nio.file.Path)}, on another database holding a copy of the trail (a
   * restored backup), under this installation's audit key.
   */
  ChainVerification verifyCopy(javax.sql.DataSource copy, java.nio.file.Path checkpointFile);
}
