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
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.internal.InspectionPeriodTotals.InspectionTotal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** An inspectorate's inspections per period from a sheet of totals (a quarter a row, say). */
@Component
class InspectionPeriodImport extends FormImportKind<InspectionTotal> {

  private static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.of("inspectingBody", "inspection.body", Type.ORGANISATION),
          ImportColumn.of("periodStart", "inspection.periodStart", Type.DATE).mandatory(),
          ImportColumn.of("periodEnd", "inspection.periodEnd", Type.DATE).mandatory(),
          ImportColumn.of("inspections", "inspection.totalInspections", Type.INTEGER).mandatory(),
          ImportColumn.of("unannounced", "inspection.totalUnannounced", Type.INTEGER),
          ImportColumn.of("withIndicators", "inspection.totalWithIndicators", Type.INTEGER));

  private final InspectionPeriodTotals totals;

  InspectionPeriodImport(Validator validator, InspectionPeriodTotals totals) {
    super("inspection-period-totals", COLUMNS, validator, PreventionPolicy.INSPECTION_RECORDERS);
    this.totals = totals;
  }

  @Override
  public InspectionTotal read(ImportRow row) {
    InspectionTotal total =
        checked(
            row,
            new InspectionTotal(
                row.organisation("inspectingBody"),
                row.date("periodStart"),
                row.date("periodEnd"),
                count(row.integer("inspections")),
                orZero(row.integer("unannounced")),
                orZero(row.integer("withIndicators"))));
    if (total == null) {
      return null;
    }
    try {
      totals.body(Actors.current(), total.inspectingBody());
      totals.check(total);
    } catch (InvalidInput e) {
      row.problem(e.field(), e.messageKey(), e.arguments());
      return null;
    } catch (AccessDeniedException e) {
      row.problem("inspectingBody", "inspection.notOwnBody");
      return null;
    }
    return total;
  }

  /** A count as the form takes it: out of range becomes -1, which the form's check refuses. */
  private static Integer count(Long value) {
    return value == null ? null : value < 0 || value > Integer.MAX_VALUE ? -1 : value.intValue();
  }

  private static Integer orZero(Long value) {
    return value == null ? 0 : count(value);
  }

  @Override
  public List<UUID> write(List<Keyed<InspectionTotal>> rows, Actor actor, UUID importId) {
    List<UUID> ids = new ArrayList<>(rows.size());
    for (Keyed<InspectionTotal> row : rows) {
      ids.add(totals.record(row.command()));
    }
    return ids;
  }
}
