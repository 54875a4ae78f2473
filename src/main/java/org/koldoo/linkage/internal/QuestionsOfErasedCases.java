package org.koldoo.linkage.internal;

import org.koldoo.victims.Events;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a case's identity is erased under the retention period, the questions still open about it
 * are withdrawn: a reviewer would compare a person with nothing. What was decided or linked
 * automatically stays (each later run keeps the case's links), so no person changes.
 */
@Component
class QuestionsOfErasedCases {

  private final JdbcClient jdbc;

  QuestionsOfErasedCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(Events.IdentityErased erased) {
    jdbc.sql(
            """
            update linkage_candidate set status = 'SUPERSEDED'
            where status = 'PENDING' and (case_a = :id or case_b = :id)
            """)
        .param("id", erased.caseId())
        .update();
  }
}
