package org.koldoo.linkage.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.koldoo.privacy.clk.PersonRecipe.Person;

/**
 * Reads a FEBRL file (rec_id, given_name, surname, street_number, address_1, address_2, suburb,
 * postcode, state, date_of_birth, soc_sec_id). The social security number is not used: a real
 * register of victims has none to match on.
 */
final class FebrlFile {

  private FebrlFile() {}

  record Row(String id, Person person) {}

  /** Names and date of birth, then street number, address lines, suburb, postcode and state. */
  static final org.koldoo.privacy.clk.FieldSchema SCHEMA =
      org.koldoo.privacy.clk.PersonRecipe.schema(
          List.of("street_number", "address_1", "address_2", "suburb", "postcode", "state"));

  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
      for (CSVRecord r : format.parse(in)) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("street_number", value(r, "street_number"));
        extra.put("address_1", value(r, "address_1"));
        extra.put("address_2", value(r, "address_2"));
        extra.put("suburb", value(r, "suburb"));
        extra.put("postcode", value(r, "postcode"));
        extra.put("state", value(r, "state"));
        rows.add(
            new Row(
                value(r, "rec_id"),
                new Person(
                    value(r, "given_name"),
                    value(r, "surname"),
                    value(r, "date_of_birth"),
                    null,
                    extra)));
      }
    }
    return rows;
  }

  /** The entity a FEBRL id names: rec-12-org and rec-12-dup-3 are both person 12. */
  static String entity(String id) {
    int first = id.indexOf('-');
    if (first < 0) {
      return id;
    }
    int second = id.indexOf('-', first + 1);
    return id.substring(first + 1, second < 0 ? id.length() : second);
  }

  private static String value(CSVRecord r, String column) {
    String v = r.isMapped(column) ? r.get(column) : null;
    return v == null || v.isBlank() ? null : v.strip();
  }
}
