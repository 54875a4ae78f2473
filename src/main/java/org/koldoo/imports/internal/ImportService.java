package org.koldoo.imports.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.imports.ImportKind;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.MemoryBudget;
import org.koldoo.platform.web.Page;
import org.koldoo.privacy.FieldCipher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a sheet in two steps. The dry run reads and checks every row without writing a record,
 * keeps the file sealed and says what each row would do. The commit reads the file again and writes
 * it in batches, each in one transaction with the keys of its rows: stopped at any point, an import
 * has written whole rows or none, and committing it again finishes it without duplicates.
 */
@Service
class ImportService {

  private final Map<String, ImportKind<?>> kinds;
  private final ImportStore store;
  private final SheetChecks checks;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ImportCommit writer;
  private final MemoryBudget budget;
  private final Set<UUID> running = ConcurrentHashMap.newKeySet();

  ImportService(
      List<ImportKind<?>> kinds,
      ImportStore store,
      SheetChecks checks,
      FieldCipher cipher,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions,
      ImportCommit writer,
      MemoryBudget budget) {
    this.writer = writer;
    this.budget = budget;
    this.kinds = new java.util.TreeMap<>();
    kinds.forEach(k -> this.kinds.put(k.name(), k));
    this.store = store;
    this.checks = checks;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The kinds the current person may bring in, in the order of their names. */
  List<ImportKind<?>> kinds() {
    Actor actor = Actors.current();
    // kept by name already
    return kinds.values().stream().filter(k -> ImportAccess.mayImport(actor, k)).toList();
  }

  ImportKind<?> kind(String name) {
    ImportKind<?> kind = name == null ? null : kinds.get(name);
    if (kind == null) {
      throw new ImportExceptions.KindNotFound(name == null ? "" : name);
    }
    ImportAccess.requireMayImport(Actors.current(), kind);
    return kind;
  }

  /** The dry run: checks the file, keeps it sealed, and says what its rows would do. */
  ImportRun validate(String kindName, String fileName, byte[] content) {
    ImportKind<?> kind = kind(kindName);
    Actor actor = Actors.current();
    UUID id = UUID.randomUUID();
    ImportRun run =
        checks.checked(
            kind,
            content,
            new ImportRun(
                id,
                kind.name(),
                actor.organisationId(),
                fileName(fileName),
                content.length,
                actor.username(),
                Instant.now(clock),
                "VALIDATED",
                null,
                0,
                0,
                List.of(),
                null,
                null,
                List.of(),
                null));
    transaction.executeWithoutResult(
        status -> {
          store.create(run, sha256(content), cipher.seal(content, context(id)));
          audit.record(
              actor,
              AuditRecord.of("IMPORT_VALIDATED", "import", id)
                  .withDetails(
                      "%s: %d rows, %d with problems"
                          .formatted(kind.name(), run.counts().total(), run.counts().invalid())));
        });
    return get(id);
  }

  /**
   * Writes the rows that passed the checks (rows with problems are left out, as the dry run said).
   * Committing a committed import changes nothing; committing an interrupted one finishes it.
   */
  ImportRun commit(UUID id) {
    ImportRun run = get(id);
    if (run.committed()) {
      return run;
    }
    ImportKind<?> kind = kind(run.kind());
    if (!run.open()) {
      throw new ImportExceptions.Discarded();
    }
    Actor actor = Actors.current();
    if (!running.add(id)) {
      throw new ImportExceptions.ImportBusy();
    }
    try {
      Instant now = Instant.now(clock);
      if (!store.begin(id, now, actor.username())) {
        ImportRun meanwhile = get(id); // committed or discarded meanwhile
        if (!meanwhile.committed()) {
          throw new ImportExceptions.Discarded();
        }
        return meanwhile;
      }
      byte[] content =
          cipher.open(
              store.file(id).orElseThrow(() -> new ImportExceptions.ImportNotFound(id)),
              context(id));
      // the rows read again stay in memory until written: the share is held to the end
      Committed committed =
          budget.taking(content.length, () -> parseAndWrite(kind, content, run, actor));
      ImportRun.Counts counts = committed.counts();
      transaction.executeWithoutResult(
          status -> {
            store.finish(id, counts, committed.refused(), Instant.now(clock));
            audit.record(
                actor,
                AuditRecord.of("IMPORT_COMMITTED", "import", id)
                    .withDetails(
                        "%s: %d created, %d updated, %d unchanged, %d left out"
                            .formatted(
                                kind.name(),
                                counts.create(),
                                counts.update(),
                                counts.unchanged(),
                                counts.invalid())));
          });
      return get(id);
    } finally {
      running.remove(id);
    }
  }

  /** What a commit did, with the rows refused as they were written. */
  private record Committed(ImportRun.Counts counts, List<RowProblem> refused) {}

  private <T> Committed parseAndWrite(
      ImportKind<T> kind, byte[] content, ImportRun run, Actor actor) {
    ParsedSheet<T> parsed = checks.forCommit(kind, content, run);
    ImportCommit.Outcome outcome =
        writer.write(kind, parsed.valid(), run, actor, LocaleContextHolder.getLocale());
    return new Committed(
        new ImportRun.Counts(
            parsed.rows(),
            outcome.created(),
            outcome.updated(),
            outcome.unchanged(),
            parsed.invalid() + outcome.refused().size()),
        outcome.refused());
  }

  /** An import of the current person's organisation; any other is "not found". */
  ImportRun get(UUID id) {
    Actor actor = Actors.current();
    return store
        .find(id)
        .filter(r -> r.organisationId().equals(actor.organisationId()))
        .orElseThrow(() -> new ImportExceptions.ImportNotFound(id));
  }

  Page<ImportRun> mine(Pageable pageable) {
    Actor actor = Actors.current();
    if (actor.organisationId() == null) {
      return Page.of(List.of(), pageable);
    }
    return store.page(actor.organisationId(), pageable);
  }

  static String context(UUID id) {
    return "import-file:" + id;
  }

  private static String fileName(String name) {
    String plain = name == null || name.isBlank() ? "upload" : name.strip();
    plain = plain.replaceAll("[\\p{Cntrl}/\\\\]", "_");
    return plain.length() > 200 ? plain.substring(0, 200) : plain;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
