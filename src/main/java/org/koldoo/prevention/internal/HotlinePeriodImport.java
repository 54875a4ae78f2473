package org.koldoo.prevention.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.koldoo.imports.FormImportKind;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.internal.HotlinePeriodTotals.PeriodTotal;
import org.springframework.stereotype.Component;

/** A hotline's calls per period and topic from a sheet of totals (a month a row, say). */
@Component
class HotlinePeriodImport extends FormImportKind<PeriodTotal> {

  private static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.of("periodStart", "hotline.periodStart", Type.DATE).mandatory(),
          ImportColumn.of("periodEnd", "hotline.periodEnd", Type.DATE).mandatory(),
          ImportColumn.code("topic", "hotline.topic", CallTopic.class).mandatory(),
          ImportColumn.of("calls", "hotline.calls", Type.INTEGER).mandatory());

  private final HotlinePeriodTotals totals;

  HotlinePeriodImport(Validator validator, HotlinePeriodTotals totals) {
    super("hotline-period-totals", COLUMNS, validator, PreventionPolicy.CALL_LOGGERS);
    this.totals = totals;
  }

  @Override
  public PeriodTotal read(ImportRow row) {
    Long calls = row.integer("calls");
    PeriodTotal total =
        checked(
            row,
            new PeriodTotal(
                row.date("periodStart"),
                row.date("periodEnd"),
                row.code("topic", CallTopic.class),
                calls == null || calls > Integer.MAX_VALUE || calls < 0 ? -1 : calls.intValue()));
    if (total == null) {
      return null;
    }
    try {
      totals.check(total);
    } catch (InvalidInput e) {
      row.problem(e.field(), e.messageKey(), e.arguments());
      return null;
    }
    return total;
  }

  @Override
  public List<UUID> write(List<Keyed<PeriodTotal>> rows, Actor actor, UUID importId) {
    List<UUID> ids = new ArrayList<>(rows.size());
    for (Keyed<PeriodTotal> row : rows) {
      ids.add(totals.record(row.command()));
    }
    return ids;
  }
}
