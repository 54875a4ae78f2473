package org.koldoo.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded XLSX or CSV file into {@link Sheet}s. A CSV may come as Excel writes it: UTF-8
 * with or without a byte-order mark, or Windows-1251; separated by commas, semicolons or tabs. In
 * an XLSX, a formula gives the value Excel last computed and a merged cell its value in every cell
 * it covers.
 */
final class SheetReader {

  static final int MAX_ROWS = 200_000;
  static final int MAX_COLUMNS = 200;

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  /**
   * The most a workbook's sheet may unpack to: enough for 200,000 rows, and a bound on the memory a
   * small, highly compressed file could claim (POI refuses it, and the file is refused as
   * unreadable, asking to split it).
   */
  static final long MAX_UNPACKED = 400L * 1024 * 1024;

  static {
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_UNPACKED);
  }

  private SheetReader() {}

  /** The most sheets of a workbook looked at for the one that holds the data. */
  static final int MAX_SHEETS = 10;

  /**
   * The file's sheets, in order (a CSV is one; a workbook's visible ones, at most {@link
   * #MAX_SHEETS}); a file that cannot be read at all is an {@link UnreadableFile}.
   */
  static List<Sheet> read(byte[] content) {
    if (content.length >= 4 && content[0] == 'P' && content[1] == 'K') {
      return xlsx(content);
    }
    if (content.length >= 8
        && (content[0] & 0xFF) == 0xD0
        && (content[1] & 0xFF) == 0xCF) { // an old binary .xls
      throw new UnreadableFile("import.file.xls");
    }
    return List.of(csv(text(content)));
  }

  static String text(byte[] content) {
    int start =
        content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, WINDOWS_1251);
    }
  }

  private static Sheet csv(String text) {
    char separator = separator(text.lines().limit(20).toList());
    List<Sheet.Row> rows = new ArrayList<>();
    try (var parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(separator)
            .setIgnoreSurroundingSpaces(false)
            .get()
            .parse(new StringReader(text))) {
      int number = 0;
      for (CSVRecord record : parser) {
        number++;
        if (number > MAX_ROWS + 20) {
          throw new UnreadableFile("import.file.tooManyRows", MAX_ROWS);
        }
        List<Object> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS));
        for (int i = 0; i < record.size() && i < MAX_COLUMNS; i++) {
          cells.add(record.get(i));
        }
        rows.add(new Sheet.Row(number, cells));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new UnreadableFile("import.file.csv");
    }
    return new Sheet(rows);
  }

  /**
   * The separator that splits some line of the first twenty into the most cells: the header row has
   * the most, whatever a title above it ("Clients, 2013") holds.
   */
  private static char separator(List<String> lines) {
    char best = ',';
    long most = -1;
    for (char c : new char[] {',', ';', '\t'}) {
      long n =
          lines.stream().mapToLong(l -> l.chars().filter(ch -> ch == c).count()).max().orElse(0);
      if (n > most) {
        most = n;
        best = c;
      }
    }
    return best;
  }

  private static List<Sheet> xlsx(byte[] content) {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      List<Sheet> sheets = new ArrayList<>();
      for (int i = 0; i < book.getNumberOfSheets() && sheets.size() < MAX_SHEETS; i++) {
        if (!book.isSheetHidden(i) && !book.isSheetVeryHidden(i)) {
          sheets.add(sheet(book.getSheetAt(i)));
        }
      }
      return sheets.isEmpty() ? List.of(new Sheet(List.of())) : sheets;
    } catch (UnreadableFile e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFile("import.file.xlsx");
    }
  }

  private static Sheet sheet(org.apache.poi.ss.usermodel.Sheet sheet) {
    if (sheet.getLastRowNum() > MAX_ROWS + 20) {
      throw new UnreadableFile("import.file.tooManyRows", MAX_ROWS);
    }
    List<Sheet.Row> rows = new ArrayList<>();
    for (var row : sheet) {
      List<Object> cells = new ArrayList<>();
      int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
      for (int i = 0; i < last; i++) {
        cells.add(value(row.getCell(i)));
      }
      rows.add(new Sheet.Row(row.getRowNum() + 1, cells));
    }
    spreadMerged(sheet.getMergedRegions(), rows);
    return new Sheet(rows);
  }

  private static Object value(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case BOOLEAN:
        return cell.getBooleanCellValue();
      case NUMERIC:
        return DateUtil.isCellDateFormatted(cell)
            ? cell.getLocalDateTimeCellValue()
            : (Object) cell.getNumericCellValue();
      default:
        return null;
    }
  }

  /** A merged cell's value stands in every cell it covers (headers spread over two columns). */
  private static void spreadMerged(List<CellRangeAddress> regions, List<Sheet.Row> rows) {
    for (CellRangeAddress region : regions) {
      Object value = null;
      for (Sheet.Row row : rows) {
        if (row.number() - 1 == region.getFirstRow()) {
          value = row.cell(region.getFirstColumn());
        }
      }
      for (Sheet.Row row : rows) {
        int index = row.number() - 1;
        if (index < region.getFirstRow() || index > region.getLastRow()) {
          continue;
        }
        for (int c = region.getFirstColumn(); c <= region.getLastColumn() && c < MAX_COLUMNS; c++) {
          while (row.cells().size() <= c) {
            row.cells().add(null);
          }
          if (row.cells().get(c) == null) {
            row.cells().set(c, value);
          }
        }
      }
    }
  }
}
