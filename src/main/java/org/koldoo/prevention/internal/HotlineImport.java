package org.koldoo.prevention.internal;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.imports.FormImportKind;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.prevention.CallChannel;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.CallerType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hotline calls from a sheet, one call a row, for the operator's own hotline: the same checks as
 * the call form, written in batches with the day counts and one audit entry a batch.
 */
@Component
class HotlineImport extends FormImportKind<HotlineForm> {

  private static final List<String> LANGUAGES = List.of("ky", "ru", "en", "uz", "tg", "other");

  private static final List<ImportColumn> COLUMNS =
      List.of(
          ImportColumn.of("receivedAt", "hotline.receivedAt", Type.DATE_TIME).mandatory(),
          ImportColumn.code("channel", "hotline.channel", CallChannel.class).mandatory(),
          ImportColumn.code("callerType", "hotline.callerType", CallerType.class).mandatory(),
          ImportColumn.choice(
                  "language",
                  "hotline.language",
                  LANGUAGES.stream()
                      .map(l -> new ImportColumn.Choice(l, "hotline.lang." + l))
                      .toList())
              .mandatory(),
          ImportColumn.code("region", "person.region", Region.class),
          ImportColumn.of("country", "hotline.country", Type.COUNTRY),
          ImportColumn.codes("topics", "hotline.topics", CallTopic.class).mandatory(),
          ImportColumn.of("traffickingRelated", "hotline.traffickingRelated", Type.BOOLEAN),
          ImportColumn.code("outcome", "hotline.outcome", CallOutcome.class)
              .only(List.of(CallOutcome.INFORMATION_GIVEN, CallOutcome.REFERRED_TO_BODY))
              .mandatory(),
          ImportColumn.of("referredTo", "hotline.referredTo", Type.ORGANISATION),
          ImportColumn.text("note", "hotline.note", 1000),
          ImportColumn.of("followUpOn", "hotline.followUpOn", Type.DATE),
          ImportColumn.of("followedUp", "hotline.followedUp", Type.BOOLEAN));

  private final HotlineService hotline;
  private final NamedParameterJdbcTemplate jdbc;
  private final AuditTrail audit;

  HotlineImport(
      HotlineService hotline,
      NamedParameterJdbcTemplate jdbc,
      Validator validator,
      AuditTrail audit) {
    super("hotline-calls", COLUMNS, validator, PreventionPolicy.CALL_LOGGERS);
    this.hotline = hotline;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Override
  public HotlineForm read(ImportRow row) {
    HotlineForm form =
        new HotlineForm(
            row.dateTime("receivedAt"),
            row.code("channel", CallChannel.class),
            row.code("callerType", CallerType.class),
            row.code("language"),
            row.code("region", Region.class),
            row.country("country"),
            row.codes("topics", CallTopic.class),
            Boolean.TRUE.equals(row.bool("traffickingRelated")),
            row.code("outcome", CallOutcome.class),
            row.organisation("referredTo"),
            row.text("note"),
            row.date("followUpOn"),
            Boolean.TRUE.equals(row.bool("followedUp")),
            null);
    if (checked(row, form) == null) {
      return null;
    }
    try {
      hotline.validated(form);
    } catch (InvalidInput e) {
      row.problem(e.field(), e.messageKey(), e.arguments());
      return null;
    }
    return form;
  }

  @Override
  public List<UUID> write(List<Keyed<HotlineForm>> rows, Actor actor, UUID importId) {
    List<UUID> ids = new ArrayList<>(rows.size());
    List<Map<String, Object>> inserts = new ArrayList<>();
    List<UUID> created = new ArrayList<>();
    for (Keyed<HotlineForm> row : rows) {
      if (row.existing() != null) {
        hotline.overwrite(row.existing(), row.command());
        ids.add(row.existing());
        continue;
      }
      UUID id = UUID.randomUUID();
      Instant received = hotline.validated(row.command());
      inserts.add(hotline.row(id, row.command(), actor, received));
      created.add(id);
      ids.add(id);
    }
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate(HotlineService.INSERT, inserts.toArray(Map[]::new));
      hotline.countDays(created);
      audit.record(
          actor,
          AuditRecord.of("HOTLINE_CALLS_IMPORTED", "import", importId)
              .withDetails("%d calls".formatted(created.size())));
    }
    return ids;
  }
}
