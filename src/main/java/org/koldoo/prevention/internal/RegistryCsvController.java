package org.koldoo.prevention.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.CsvDownloads;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Every registry list as CSV, with the columns of its table. */
@Controller
class RegistryCsvController {

  private final Registries registries;
  private final Organisations organisations;
  private final Clock clock;

  RegistryCsvController(Registries registries, Organisations organisations, Clock clock) {
    this.registries = registries;
    this.organisations = organisations;
    this.clock = clock;
  }

  // ---- CSV -----------------------------------------------------------------------------------

  @GetMapping({
    "/inspections/export.csv",
    "/training/export.csv",
    "/outreach/campaigns.csv",
    "/outreach/periods.csv",
    "/coordination/sops.csv",
    "/coordination/meetings.csv",
    "/coordination/activities.csv",
    "/rights/support.csv",
    "/rights/demand.csv",
    "/rights/harassment.csv"
  })
  void export(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String table =
        switch (path) {
          case "/inspections/export.csv" -> "labour_inspection";
          case "/training/export.csv" -> "training_event";
          case "/outreach/campaigns.csv" -> "awareness_campaign";
          case "/outreach/periods.csv" -> "migration_service_period";
          case "/coordination/sops.csv" -> "sop_adoption";
          case "/coordination/meetings.csv" -> "working_group_meeting";
          case "/rights/support.csv" -> "ngo_centre_support";
          case "/rights/demand.csv" -> "demand_reduction_action";
          case "/rights/harassment.csv" -> "harassment_incident";
          default -> "nap_activity";
        };
    List<Map<String, Object>> rows = registries.list(table, "1");
    // the table's own columns, so that an empty register still exports its header
    List<String> columns =
        registries.columns(table).stream()
            .filter(c -> !Set.of("id", "version", "recorded_by").contains(c))
            .toList();
    try (CsvDownloads.Rows out =
        org.koldoo.platform.web.CsvDownloads.open(
            response, table + ".csv", columns.toArray(String[]::new))) {
      for (Map<String, Object> row : rows) {
        out.printRecord(columns.stream().map(row::get).toList());
      }
    }
  }
}
