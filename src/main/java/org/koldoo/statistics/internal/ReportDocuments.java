package org.koldoo.statistics.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.koldoo.platform.web.Days;
import org.springframework.stereotype.Component;

/** The annual report as PDF (print) and XLSX (for analysts), with the same content as the page. */
@Component
class ReportDocuments {

  private final ReportView labels;

  ReportDocuments(ReportView labels) {
    this.labels = labels;
  }

  private String periodTitle(ReportView.View v, Locale locale) {
    return labels.text("statistics.report.title", locale) + " " + span(v.from(), v.to(), locale);
  }

  /** A period as the document's language writes its days. */
  private static String span(java.time.LocalDate from, java.time.LocalDate to, Locale locale) {
    // the days of a period are dates: no zone is involved in writing them
    return new Days(locale, java.time.ZoneOffset.UTC).span(from, to);
  }

  private static String span(org.koldoo.statistics.Period p, Locale locale) {
    return span(p.from(), p.to(), locale);
  }

  byte[] xlsx(ReportView.View v, Locale locale) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      var font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (ReportView.Part part : v.parts()) {
        Sheet sheet = book.createSheet(part.title());
        int r = 0;
        Row title = sheet.createRow(r++);
        cell(title, 0, periodTitle(v, locale)).setCellStyle(bold);
        Row head = sheet.createRow(r++);
        String[] columns = {
          labels.text("statistics.indicatorId", locale),
          labels.text("statistics.indicator", locale),
          labels.text("statistics.unit", locale),
          span(v.from(), v.to(), locale),
          span(v.previousPeriods().get(0), locale),
          span(v.previousPeriods().get(1), locale),
          labels.text("statistics.definition", locale)
        };
        for (int c = 0; c < columns.length; c++) {
          cell(head, c, columns[c]).setCellStyle(bold);
        }
        for (ReportView.Line line : part.lines()) {
          r = line(sheet, r, line, v.gapLabel());
        }
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(6, 90 * 256);
      }
      Sheet gaps = book.createSheet(labels.text("statistics.dataGaps", locale));
      int r = 0;
      for (ReportView.Line line : v.gaps()) {
        Row row = gaps.createRow(r++);
        cell(row, 0, line.id());
        cell(row, 1, line.name());
        cell(row, 2, line.definition());
      }
      if (!v.fromPeriodTotals().isEmpty()) {
        Sheet totals = book.createSheet(labels.text("statistics.fromPeriodTotals", locale));
        cell(totals.createRow(0), 0, labels.text("statistics.fromPeriodTotalsHelp", locale));
        int t = 1;
        for (ReportView.Line line : v.fromPeriodTotals()) {
          Row row = totals.createRow(t++);
          cell(row, 0, line.id());
          cell(row, 1, line.name());
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One indicator's row and its breakdowns' rows, from row {@code r}; returns the next row. */
  private static int line(Sheet sheet, int r, ReportView.Line line, String gapLabel) {
    Row row = sheet.createRow(r++);
    cell(row, 0, line.id());
    cell(row, 1, line.name());
    cell(row, 2, line.unit());
    number(row, 3, line, line.value(), gapLabel);
    number(row, 4, line, line.previous(), gapLabel);
    number(row, 5, line, line.beforeThat(), gapLabel);
    cell(row, 6, line.definition());
    for (ReportView.Table table : line.breakdowns()) {
      for (ReportView.Count count : table.counts()) {
        Row b = sheet.createRow(r++);
        cell(b, 1, "  " + table.title() + ": " + count.label());
        if (count.shown().equals(Long.toString(count.count()))) {
          b.createCell(3).setCellValue(count.count());
        } else {
          b.createCell(3).setCellValue(count.shown());
        }
      }
    }
    return r;
  }

  private static Cell cell(Row row, int column, String text) {
    Cell c = row.createCell(column);
    c.setCellValue(text);
    return c;
  }

  private static void number(Row row, int column, ReportView.Line line, Long value, String gap) {
    if (line.exact(value)) {
      row.createCell(column).setCellValue(value);
    } else {
      cell(row, column, line.shown(value, gap));
    }
  }

  /** The fonts of the PDF: one typeface with Cyrillic glyphs in four sizes. */
  private record Fonts(Font title, Font heading, Font body, Font small) {
    static Fonts of(BaseFont base) {
      return new Fonts(
          new Font(base, 16, Font.BOLD),
          new Font(base, 13, Font.BOLD),
          new Font(base, 9),
          new Font(base, 7));
    }

    Paragraph heading(String text) {
      Paragraph h = new Paragraph(text, heading);
      h.setSpacingBefore(12);
      return h;
    }
  }

  byte[] pdf(ReportView.View v, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      Fonts fonts = Fonts.of(font());
      document.add(new Paragraph(periodTitle(v, locale), fonts.title()));
      for (ReportView.Part part : v.parts()) {
        Paragraph h = fonts.heading(part.title());
        h.setSpacingAfter(6);
        document.add(h);
        document.add(partTable(v, part, fonts, locale));
      }
      document.add(fonts.heading(labels.text("statistics.dataGaps", locale)));
      for (ReportView.Line line : v.gaps()) {
        document.add(new Paragraph(line.id() + " — " + line.name(), fonts.body()));
      }
      if (!v.fromPeriodTotals().isEmpty()) {
        document.add(fonts.heading(labels.text("statistics.fromPeriodTotals", locale)));
        document.add(
            new Paragraph(labels.text("statistics.fromPeriodTotalsHelp", locale), fonts.small()));
        for (ReportView.Line line : v.fromPeriodTotals()) {
          document.add(new Paragraph(line.id() + " — " + line.name(), fonts.body()));
        }
      }
      document.add(
          new Paragraph(
              "* "
                  + span(v.from(), v.to(), locale)
                  + "; "
                  + span(v.previousPeriods().get(0), locale)
                  + "; "
                  + span(v.previousPeriods().get(1), locale),
              fonts.small()));
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One part of the report: each indicator with its definition and its three periods' values. */
  private PdfPTable partTable(ReportView.View v, ReportView.Part part, Fonts fonts, Locale locale) {
    PdfPTable table = new PdfPTable(new float[] {1f, 7f, 1.4f, 1.4f, 1.4f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String head :
        new String[] {
          labels.text("statistics.indicatorId", locale),
          labels.text("statistics.indicator", locale),
          v.to().toString().substring(0, 4) + "*",
          labels.text("statistics.previous", locale),
          labels.text("statistics.beforeThat", locale)
        }) {
      table.addCell(new Paragraph(head, fonts.body()));
    }
    for (ReportView.Line line : part.lines()) {
      table.addCell(new Paragraph(line.id(), fonts.body()));
      Paragraph name = new Paragraph(line.name() + " (" + line.unit() + ")", fonts.body());
      name.add(new Paragraph(line.definition(), fonts.small()));
      table.addCell(name);
      for (Long value : new Long[] {line.value(), line.previous(), line.beforeThat()}) {
        Paragraph p = new Paragraph(line.shown(value, v.gapLabel()), fonts.body());
        p.setAlignment(Element.ALIGN_RIGHT);
        table.addCell(p);
      }
    }
    return table;
  }

  /** A font with Cyrillic glyphs (Kyrgyz ү, ө, ң included) shipped with the application. */
  private static BaseFont font() throws IOException {
    try (InputStream in = ReportDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
      if (in == null) {
        throw new IllegalStateException("fonts/DejaVuSans.ttf is missing from the application");
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(
          "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    }
  }
}
