package org.koldoo.prevention.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A list as a CSV download: UTF-8 with a byte-order mark, so spreadsheets read Cyrillic right. */
final class CsvDownloads {

  private CsvDownloads() {}

  static void csv(HttpServletResponse response, String name) {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  static CSVPrinter printer(HttpServletResponse response, String... header) throws IOException {
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter writer = response.getWriter();
    writer.write('\ufeff'); // so spreadsheet programs read the Cyrillic right
    return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get());
  }
}
