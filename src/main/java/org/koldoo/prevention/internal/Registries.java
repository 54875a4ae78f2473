package org.koldoo.prevention.internal;

import java.util.List;
import java.util.Map;
import org.koldoo.platform.web.Here;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The smaller registries, each with its rules between its form and its table, handed to their
 * controllers as one.
 */
@Component
record Registries(
    InspectionRegistry inspections,
    TrainingRegistry training,
    OutreachRegistry outreach,
    CoordinationRegistry coordination,
    RightsRegistry rights,
    RegistryStore store) {

  /**
   * One of the lists of a page, a page at a time: its rows as {@code name} and its page as {@code
   * namePage} (asked for as {@code ?namePage=n}) in the model; the rows are returned.
   */
  List<Map<String, Object>> listed(Model model, String name, String table, String orderBy) {
    var page =
        store.page(
            table,
            orderBy,
            org.koldoo.platform.web.Page.request(
                Here.pageNumber(name + "Page"), org.koldoo.platform.web.Page.DEFAULT_SIZE));
    model.addAttribute(name, page.items());
    model.addAttribute(name + "Page", page);
    return page.items();
  }

  /**
   * The same, each row with what its page derives from it (a code list read, a flag): a copy, so
   * the store's rows stay as read.
   */
  List<Map<String, Object>> listed(
      Model model,
      String name,
      String table,
      String orderBy,
      java.util.function.Consumer<Map<String, Object>> derive) {
    List<Map<String, Object>> rows = derived(listed(model, name, table, orderBy), derive);
    model.addAttribute(name, rows);
    return rows;
  }

  /** Copies of {@code rows}, each with what {@code derive} adds; the rows themselves unchanged. */
  static List<Map<String, Object>> derived(
      List<Map<String, Object>> rows, java.util.function.Consumer<Map<String, Object>> derive) {
    List<Map<String, Object>> copies = new java.util.ArrayList<>(rows.size());
    for (Map<String, Object> r : rows) {
      Map<String, Object> row = new java.util.HashMap<>(r);
      derive.accept(row);
      copies.add(row);
    }
    return copies;
  }

  List<Map<String, Object>> list(String table, String orderBy) {
    return store.list(table, orderBy);
  }

  List<String> columns(String table) {
    return store.columns(table);
  }

  org.koldoo.platform.web.Page<Map<String, Object>> page(
      String table, String orderBy, org.springframework.data.domain.Pageable pageable) {
    return store.page(table, orderBy, pageable);
  }
}
