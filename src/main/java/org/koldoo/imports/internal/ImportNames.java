package org.koldoo.imports.internal;

import java.util.List;
import java.util.UUID;
import org.koldoo.privacy.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the file names that uploads made before names were sealed kept in the clear (V72), once, as
 * the served application starts. Several servers starting together share the work (each row is
 * taken by one); an operator command leaves it for the next start.
 */
@Component
class ImportNames {

  private static final Logger log = LoggerFactory.getLogger(ImportNames.class);

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final TransactionTemplate transactions;

  ImportNames(JdbcClient jdbc, FieldCipher cipher, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.transactions = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  void sealOnStart(ApplicationReadyEvent started) {
    if (!(started.getApplicationContext()
        instanceof org.springframework.web.context.WebApplicationContext)) {
      return;
    }
    try {
      sealEarlierNames();
    } catch (RuntimeException e) {
      // a served Koldoo is not stopped by it: the names stay readable, and the next start seals
      // them
      log.warn("Sealing the file names of earlier imports stopped: {}", e.toString());
    }
  }

  /** Seals every file name still in the clear, in one transaction; how many it sealed. */
  int sealEarlierNames() {
    record Plain(UUID id, String name) {}
    Integer sealed =
        transactions.execute(
            status -> {
              List<Plain> plain =
                  jdbc.sql(
                          """
                          select id, file_name from import_run where file_name is not null
                          for update skip locked
                          """)
                      .query((rs, n) -> new Plain(rs.getObject(1, UUID.class), rs.getString(2)))
                      .list();
              for (Plain p : plain) {
                jdbc.sql(
                        """
                        update import_run set file_name = null, file_name_ciphertext = :sealed
                        where id = :id
                        """)
                    .param("id", p.id())
                    .param("sealed", cipher.encrypt(p.name(), ImportStore.nameContext(p.id())))
                    .update();
              }
              return plain.size();
            });
    if (sealed != null && sealed > 0) {
      log.info("Sealed the file names of {} earlier imports", sealed);
    }
    return sealed == null ? 0 : sealed;
  }
}
