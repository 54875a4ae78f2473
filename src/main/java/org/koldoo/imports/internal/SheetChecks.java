package org.koldoo.imports.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.koldoo.imports.ImportKind;
import org.koldoo.platform.web.MemoryBudget;
import org.koldoo.privacy.BlindIndex;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks a sheet against its kind with the organisation's own headers, and says what its rows would
 * do. The last checks' rows are kept a while for a commit that follows soon in this server: the
 * file need not be read again (the module re-checks what can change as it writes).
 */
@Component
class SheetChecks {

  private final Vocabulary words;
  private final ImportStore store;
  private final ImportHeaders headers;
  private final BlindIndex index;
  private final Clock clock;
  private final MemoryBudget budget;

  /** Two at most, ten minutes, and only sheets the memory budget lets be kept. */
  private final Map<UUID, Checked> recent =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(4, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Checked> eldest) {
              return size() > 2;
            }
          });

  private record Checked(ParsedSheet<?> sheet, Instant at) {}

  SheetChecks(
      Vocabulary words,
      ImportStore store,
      ImportHeaders headers,
      BlindIndex index,
      Clock clock,
      MemoryBudget budget) {
    this.words = words;
    this.store = store;
    this.headers = headers;
    this.index = index;
    this.clock = clock;
    this.budget = budget;
  }

  /** The run as its sheet now reads: counts, problems and the headers that named no column. */
  ImportRun checked(ImportKind<?> kind, byte[] content, ImportRun run) {
    ParsedSheet<?> parsed = parse(kind, content, run.organisationId());
    if (budget.keepable(content.length)) {
      recent.put(run.id(), new Checked(parsed, Instant.now(clock)));
    } else {
      recent.remove(run.id()); // the rows of an earlier check of it no longer stand
    }
    Map<String, ImportStore.Written> written =
        store.written(
            kind.name(),
            run.organisationId(),
            parsed.valid().stream().map(ParsedSheet.Prepared::key).toList());
    int create = 0;
    int update = 0;
    for (ParsedSheet.Prepared<?> row : parsed.valid()) {
      ImportStore.Written before = written.get(row.key());
      if (before == null) {
        create++;
      } else if (!before.hash().equals(row.hash())) {
        update++;
      }
    }
    return new ImportRun(
        run.id(),
        run.kind(),
        run.organisationId(),
        run.fileName(),
        run.fileSize(),
        run.createdBy(),
        run.createdAt(),
        "VALIDATED",
        new ImportRun.Counts(
            parsed.rows(),
            create,
            update,
            parsed.valid().size() - create - update,
            parsed.invalid()),
        0,
        parsed.problemsTotal(),
        parsed.problems(),
        null,
        null,
        parsed.unmatched(),
        null);
  }

  /** The rows a commit writes: those of the check it follows, or the sheet read again. */
  @SuppressWarnings("unchecked")
  <T> ParsedSheet<T> forCommit(ImportKind<T> kind, byte[] content, ImportRun run) {
    Checked checked = recent.remove(run.id());
    return checked != null && checked.at().isAfter(Instant.now(clock).minusSeconds(600))
        ? (ParsedSheet<T>) checked.sheet()
        : parse(kind, content, run.organisationId());
  }

  /** A check that did not stand (its transaction was refused) is not used by a commit. */
  void forget(UUID id) {
    recent.remove(id);
  }

  private <T> ParsedSheet<T> parse(ImportKind<T> kind, byte[] content, UUID organisationId) {
    Locale locale = LocaleContextHolder.getLocale();
    int year = LocalDate.now(clock).getYear();
    Map<String, String> mapping = headers.mapping(organisationId, kind.name());
    // its share of the memory budget: held already by an upload (UploadBudgetFilter), a commit
    // and a mapping, which take it before they read; taken here for any other reader (a command)
    return budget.taking(
        content.length,
        () ->
            new SheetParser(words, locale, year, index::importedRow)
                .parse(kind, SheetReader.read(content), mapping));
  }
}
