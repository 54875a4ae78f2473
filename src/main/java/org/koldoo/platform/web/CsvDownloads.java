package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list as a CSV download: UTF-8 with a byte-order mark, so spreadsheets read Cyrillic right, and
 * no text a spreadsheet would take for a formula.
 */
public final class CsvDownloads {

  private CsvDownloads() {}

  public static void csv(HttpServletResponse response, String name) {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  public static Rows printer(HttpServletResponse response, String... header) throws IOException {
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter writer = response.getWriter();
    writer.write('\ufeff'); // so spreadsheet programs read the Cyrillic right
    return new Rows(new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get()));
  }

  /** The response as a CSV download named {@code name}, with these columns. */
  public static Rows open(HttpServletResponse response, String name, String... header)
      throws IOException {
    csv(response, name);
    return printer(response, header);
  }

  /**
   * A text as a spreadsheet shows it, never runs it: one starting with {@code = + - @}, a tab or a
   * carriage return is a formula to Excel and LibreOffice (which can send the sheet's other cells
   * to any address when the analyst opens it), so it is led by an apostrophe, as OWASP advises.
   * Numbers, dates and flags are written as they are.
   */
  public static Object cell(Object value) {
    if (value instanceof CharSequence text && !text.isEmpty()) {
      char first = text.charAt(0);
      if ("=+-@\t\r".indexOf(first) >= 0) {
        return "'" + text;
      }
    }
    return value;
  }

  /** A CSV download's rows, each value written through {@link #cell}. */
  public static final class Rows implements Closeable {

    private final CSVPrinter printer;

    private Rows(CSVPrinter printer) {
      this.printer = printer;
    }

    public void printRecord(Object... values) throws IOException {
      printRecord(Arrays.asList(values)); // a value may be null: an empty cell
    }

    public void printRecord(Iterable<?> values) throws IOException {
      List<Object> cells = new ArrayList<>();
      values.forEach(v -> cells.add(cell(v)));
      printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
      printer.close();
    }
  }
}
