package org.koldoo.imports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportKind;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.web.MessageException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the rows of a checked sheet in batches of {@link #BATCH}, each in one transaction with the
 * keys of its rows: a row already written as it is now is left alone, a changed one updates its
 * record, a new one creates one. A row the module refuses while writing (a rule that needs the
 * record, such as a date before the case) is set aside with its reason; the others of its batch are
 * written all the same.
 */
@Component
class ImportCommit {

  static final int BATCH = 1000;

  /** What the commit did, and the rows the module refused as it wrote them. */
  record Outcome(int created, int updated, int unchanged, List<RowProblem> refused) {}

  private final ImportStore store;
  private final Vocabulary words;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final TransactionTemplate savepoint;

  ImportCommit(
      ImportStore store, Vocabulary words, Clock clock, PlatformTransactionManager transactions) {
    this.store = store;
    this.words = words;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  <T> Outcome write(
      ImportKind<T> kind,
      List<ParsedSheet.Prepared<T>> rows,
      ImportRun run,
      Actor actor,
      Locale locale) {
    Tally tally = new Tally();
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<ParsedSheet.Prepared<T>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
      transaction.executeWithoutResult(status -> batch(kind, batch, run, actor, tally, locale));
    }
    return new Outcome(tally.created, tally.updated, tally.unchanged, tally.refused);
  }

  private static final class Tally {
    int created;
    int updated;
    int unchanged;
    final List<RowProblem> refused = new ArrayList<>();
  }

  private <T> void batch(
      ImportKind<T> kind,
      List<ParsedSheet.Prepared<T>> batch,
      ImportRun run,
      Actor actor,
      Tally tally,
      Locale locale) {
    store.lock(kind.name(), run.organisationId());
    Map<String, ImportStore.Written> written =
        store.written(
            kind.name(),
            run.organisationId(),
            batch.stream().map(ParsedSheet.Prepared::key).toList());
    List<ParsedSheet.Prepared<T>> changed = new ArrayList<>();
    List<ImportKind.Keyed<T>> toWrite = new ArrayList<>();
    for (ParsedSheet.Prepared<T> row : batch) {
      ImportStore.Written before = written.get(row.key());
      if (before != null && before.hash().equals(row.hash())) {
        tally.unchanged++;
        continue;
      }
      changed.add(row);
      toWrite.add(
          new ImportKind.Keyed<>(
              row.row(), row.command(), before == null ? null : before.recordId()));
    }
    if (toWrite.isEmpty()) {
      return;
    }
    List<UUID> records;
    try {
      records = savepoint.execute(status -> kind.write(toWrite, actor, run.id()));
    } catch (MessageException refusedSomewhere) {
      records = oneByOne(kind, toWrite, run, actor, tally, locale);
    }
    if (records.size() != toWrite.size()) {
      throw new IllegalStateException(kind.name() + " wrote " + records.size() + " records");
    }
    List<String> keys = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i) == null) {
        continue;
      }
      keys.add(changed.get(i).key());
      hashes.add(changed.get(i).hash());
      ids.add(records.get(i));
      if (toWrite.get(i).existing() == null) {
        tally.created++;
      } else {
        tally.updated++;
      }
    }
    Instant now = Instant.now(clock);
    store.remember(kind.name(), run.organisationId(), run.id(), keys, ids, hashes, now);
    store.progress(run.id(), tally.created + tally.updated, now);
  }

  /** Each row in a savepoint of its own: a refused one is rolled back alone (its id is null). */
  private <T> List<UUID> oneByOne(
      ImportKind<T> kind,
      List<ImportKind.Keyed<T>> rows,
      ImportRun run,
      Actor actor,
      Tally tally,
      Locale locale) {
    List<UUID> ids = new ArrayList<>();
    for (ImportKind.Keyed<T> row : rows) {
      try {
        ids.add(savepoint.execute(status -> kind.write(List.of(row), actor, run.id()).get(0)));
      } catch (MessageException refused) {
        ids.add(null);
        ImportColumn column =
            kind.columns().stream()
                .filter(c -> c.name().equals(refused.field()))
                .findFirst()
                .orElse(null);
        tally.refused.add(
            new RowProblem(
                row.row(),
                column == null ? null : words.text(column.labelKey(), locale),
                null,
                words.message(refused.messageKey(), refused.arguments(), locale)));
      }
    }
    return ids;
  }
}
