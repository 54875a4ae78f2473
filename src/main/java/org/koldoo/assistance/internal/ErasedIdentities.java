package org.koldoo.assistance.internal;

import org.koldoo.victims.Events;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a case's identity is erased under the retention period, the notes of the services it
 * received go too (they may name the person); that the services were given, and when, stays.
 */
@Component
class ErasedIdentities {

  private final JdbcClient jdbc;

  ErasedIdentities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(Events.IdentityErased erased) {
    jdbc.sql("update service_delivery set notes_ciphertext = null where case_id = :id")
        .param("id", erased.caseId())
        .update();
  }
}
