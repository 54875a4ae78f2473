package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A list as a CSV download: UTF-8 with a byte-order mark, so spreadsheets read Cyrillic right. */
public final class CsvDownloads {

  private CsvDownloads() {}

  public static void csv(HttpServletResponse response, String name) {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  public static CSVPrinter printer(HttpServletResponse response, String... header)
      throws IOException {
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter writer = response.getWriter();
    writer.write('\ufeff'); // so spreadsheet programs read the Cyrillic right
    return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get());
  }

  /** The response as a CSV download named {@code name}, with these columns. */
  public static CSVPrinter open(HttpServletResponse response, String name, String... header)
      throws IOException {
    csv(response, name);
    return printer(response, header);
  }
}
