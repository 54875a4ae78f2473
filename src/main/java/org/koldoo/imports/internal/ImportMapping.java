package org.koldoo.imports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.imports.ImportKind;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.MemoryBudget;
import org.koldoo.privacy.FieldCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mapping step of a dry run: the organisation's own headers named as columns, remembered for
 * its next sheets, and the same sealed sheet checked again with them.
 */
@Service
class ImportMapping {

  private final ImportService imports;
  private final ImportStore store;
  private final ImportHeaders headers;
  private final SheetChecks checks;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final MemoryBudget budget;

  ImportMapping(
      ImportService imports,
      ImportStore store,
      ImportHeaders headers,
      SheetChecks checks,
      FieldCipher cipher,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions,
      MemoryBudget budget) {
    this.imports = imports;
    this.budget = budget;
    this.store = store;
    this.headers = headers;
    this.checks = checks;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The mapping step: the organisation's own headers, each named as a column of the import's kind
   * (an empty column forgets the header), remembered for its next sheets; the sheet is checked
   * again with them. Only a dry run not yet committed can be checked again.
   */
  ImportRun map(UUID id, Map<String, String> columns) {
    ImportRun run = imports.get(id);
    ImportKind<?> kind = imports.kind(run.kind());
    Actor actor = Actors.current();
    if ("DISCARDED".equals(run.status())) {
      throw new ImportExceptions.Discarded();
    }
    if (!"VALIDATED".equals(run.status())) {
      throw new ImportExceptions.NotADryRun();
    }
    if (columns.size() > SheetParser.MAX_UNMATCHED) {
      throw new InvalidInput("columns", "import.mapping.tooMany", SheetParser.MAX_UNMATCHED);
    }
    Map<String, ImportHeaders.Header> folded = new java.util.LinkedHashMap<>();
    columns.forEach(
        (header, column) -> {
          String word = Folding.fold(header);
          if (word.isEmpty() || header.length() > SheetParser.MAX_HEADER) {
            throw new InvalidInput("columns", "import.mapping.badHeader", CellReader.shown(header));
          }
          boolean known =
              column == null
                  || column.isBlank()
                  || column.equals(SheetParser.SOURCE_ID)
                  || kind.columns().stream().anyMatch(c -> c.name().equals(column));
          if (!known) {
            throw new InvalidInput(
                "columns", "import.mapping.unknownColumn", CellReader.shown(column));
          }
          folded.put(
              word,
              new ImportHeaders.Header(
                  header.strip(), column == null || column.isBlank() ? null : column));
        });
    byte[] content =
        cipher.open(
            store.file(id).orElseThrow(() -> new ImportExceptions.ImportNotFound(id)),
            ImportService.context(id));
    try {
      remap(kind, actor, content, run, folded);
    } catch (RuntimeException refused) {
      checks.forget(id); // the parse kept by the check went with its transaction
      throw refused;
    }
    return imports.get(id);
  }

  private void remap(
      ImportKind<?> kind,
      Actor actor,
      byte[] content,
      ImportRun run,
      Map<String, ImportHeaders.Header> folded) {
    // the sheet is read again in the transaction that maps its headers: its share of the memory
    // budget is taken before, so that no wait for it holds a database connection
    try (MemoryBudget.Share share = budget.take(content.length)) {
      mapInOneTransaction(kind, actor, content, run, folded);
    }
  }

  private void mapInOneTransaction(
      ImportKind<?> kind,
      Actor actor,
      byte[] content,
      ImportRun run,
      Map<String, ImportHeaders.Header> folded) {
    UUID id = run.id();
    transaction.executeWithoutResult(
        status -> {
          Instant now = Instant.now(clock);
          folded.forEach(
              (word, header) ->
                  headers.map(
                      actor.organisationId(), kind.name(), word, header, actor.username(), now));
          ImportRun again = checks.checked(kind, content, run);
          if (!store.rechecked(again)) {
            throw new ImportExceptions.NotADryRun();
          }
          audit.record(
              actor,
              AuditRecord.of("IMPORT_MAPPED", "import", id)
                  .withDetails(
                      "%s: %d headers mapped, %d rows, %d with problems"
                          .formatted(
                              kind.name(),
                              folded.size(),
                              again.counts().total(),
                              again.counts().invalid())));
        });
  }
}
