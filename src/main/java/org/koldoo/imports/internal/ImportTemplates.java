package org.koldoo.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportKind;
import org.springframework.stereotype.Component;

/**
 * The template of a kind in one language: a first sheet with the column headers (and the sheet's
 * own ID column, which makes a row updatable later), a second with what each column takes and the
 * values of every code list, in that language. Any of the three languages' headers and values are
 * accepted back.
 */
@Component
class ImportTemplates {

  private final Vocabulary words;

  ImportTemplates(Vocabulary words) {
    this.words = words;
  }

  /** The headers of the template in this language, in order, the sheet's ID column first. */
  List<String> headers(ImportKind<?> kind, Locale locale) {
    List<String> headers = new ArrayList<>();
    headers.add(words.text("import.sourceId", locale));
    kind.columns().forEach(c -> headers.add(words.text(c.labelKey(), locale)));
    return headers;
  }

  byte[] xlsx(ImportKind<?> kind, Locale locale) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet data = book.createSheet(safe(words.text(kind.labelKey(), locale)));
      Row header = data.createRow(0);
      List<String> headers = headers(kind, locale);
      for (int i = 0; i < headers.size(); i++) {
        var cell = header.createCell(i);
        cell.setCellValue(headers.get(i));
        cell.setCellStyle(bold);
        data.setColumnWidth(i, Math.min(60, Math.max(14, headers.get(i).length() + 4)) * 256);
      }
      data.createFreezePane(0, 1);
      guide(
          book.createSheet(safe(words.text("import.template.guide", locale))), kind, locale, bold);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void guide(Sheet sheet, ImportKind<?> kind, Locale locale, CellStyle bold) {
    int r = 0;
    Row top = sheet.createRow(r++);
    String[] heads = {"import.template.column", "import.template.takes", "import.template.values"};
    for (int i = 0; i < heads.length; i++) {
      var cell = top.createCell(i);
      cell.setCellValue(words.text(heads[i], locale));
      cell.setCellStyle(bold);
    }
    Row id = sheet.createRow(r++);
    id.createCell(0).setCellValue(words.text("import.sourceId", locale));
    id.createCell(1).setCellValue(words.text("import.template.sourceIdHelp", locale));
    for (ImportColumn column : kind.columns()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(words.text(column.labelKey(), locale));
      String takes = words.text("import.type." + column.type().name(), locale);
      if (column.required()) {
        takes = takes + " — " + words.text("import.template.required", locale);
      }
      if (column.maxLength() > 0) {
        takes =
            takes
                + " — "
                + words.message("import.template.max", new Object[] {column.maxLength()}, locale);
      }
      row.createCell(1).setCellValue(takes);
      List<String> values = new ArrayList<>();
      for (ImportColumn.Choice choice : column.codes()) {
        values.add(words.text(choice.labelKey(), locale));
      }
      row.createCell(2).setCellValue(String.join("; ", values));
    }
    sheet.setColumnWidth(0, 36 * 256);
    sheet.setColumnWidth(1, 48 * 256);
    sheet.setColumnWidth(2, 90 * 256);
  }

  /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
  private static String safe(String name) {
    String plain = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return plain.length() > 31 ? plain.substring(0, 31) : plain.isEmpty() ? "Sheet" : plain;
  }
}
