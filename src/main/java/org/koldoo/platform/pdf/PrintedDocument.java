package org.koldoo.platform.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.Function;

/**
 * A printable A4 document in any of Koldoo's languages: a title, headings, paragraphs, labelled
 * fields, lists and signature lines, set in a font with every Cyrillic letter Kyrgyz needs (ү, ө,
 * ң). Modules build their documents with it; what a document holds is theirs to decide.
 */
public final class PrintedDocument {

  private static final byte[] FONT_FILE = load();

  // a font per document: a subset font remembers the letters it was used for
  private final BaseFont font = font();
  private final Font title = new Font(font, 16, Font.BOLD);
  private final Font heading = new Font(font, 12, Font.BOLD);
  private final Font body = new Font(font, 10);
  private final Font small = new Font(font, 8);

  private final java.util.List<Function<Document, Element>> parts = new ArrayList<>();
  private final String footer;

  private PrintedDocument(String footer) {
    this.footer = footer;
  }

  /** A document whose every page ends with {@code footer} (e.g. who printed it, and when). */
  public static PrintedDocument withFooter(String footer) {
    return new PrintedDocument(footer);
  }

  public PrintedDocument title(String text) {
    parts.add(d -> spaced(new Paragraph(text, title), 10));
    return this;
  }

  public PrintedDocument heading(String text) {
    parts.add(
        d -> {
          Paragraph p = spaced(new Paragraph(text, heading), 4);
          p.setSpacingBefore(10);
          return p;
        });
    return this;
  }

  public PrintedDocument paragraph(String text) {
    parts.add(d -> spaced(new Paragraph(text, body), 6));
    return this;
  }

  public PrintedDocument note(String text) {
    parts.add(d -> spaced(new Paragraph(text, small), 6));
    return this;
  }

  /** Labelled values, two columns; a missing value prints as a dash. */
  public PrintedDocument fields(java.util.List<String[]> labelled) {
    parts.add(
        d -> {
          PdfPTable table = new PdfPTable(new float[] {2, 5});
          table.setWidthPercentage(100);
          table.setSpacingAfter(6);
          for (String[] field : labelled) {
            table.addCell(cell(field[0], small));
            table.addCell(cell(field[1] == null || field[1].isBlank() ? "—" : field[1], body));
          }
          return table;
        });
    return this;
  }

  public PrintedDocument bullets(java.util.List<String> items) {
    parts.add(
        d -> {
          List list = new List(false, 12);
          list.setListSymbol(new Chunk("•  ", body));
          items.forEach(i -> list.add(new ListItem(i, body)));
          return list;
        });
    return this;
  }

  /** A line to sign on, with what the signature stands for beneath it. */
  public PrintedDocument signature(String label) {
    parts.add(
        d -> {
          Paragraph p = new Paragraph();
          p.setSpacingBefore(24);
          p.add(new Phrase("______________________________      ____________\n", body));
          p.add(new Phrase(label, small));
          return p;
        });
    return this;
  }

  public byte[] render() {
    Document document = new Document(PageSize.A4, 48, 48, 48, 60);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(
          new com.lowagie.text.pdf.PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
              var canvas = w.getDirectContent();
              canvas.beginText();
              canvas.setFontAndSize(font, 7);
              canvas.showTextAligned(
                  Element.ALIGN_LEFT, footer + " · " + w.getPageNumber(), 48, 30, 0);
              canvas.endText();
            }
          });
      document.open();
      for (var part : parts) {
        document.add(part.apply(document));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The document could not be set", e);
    }
    return out.toByteArray();
  }

  /**
   * A printed document as an answer to the browser: shown inline under {@code name}.pdf, never
   * cached (it may hold what identifies a person).
   */
  public static org.springframework.http.ResponseEntity<byte[]> answer(byte[] pdf, String name) {
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.inline()
                .filename(
                    name.replaceAll("[^\\p{L}\\p{N}-]", "_") + ".pdf",
                    java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  private static Paragraph spaced(Paragraph p, float after) {
    p.setSpacingAfter(after);
    return p;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(4);
    cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
    return cell;
  }

  /** A font with Cyrillic glyphs (Kyrgyz ү, ө, ң included) shipped with the application. */
  private static byte[] load() {
    try (InputStream in = PrintedDocument.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
      if (in == null) {
        throw new IllegalStateException("fonts/DejaVuSans.ttf is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BaseFont font() {
    try {
      return BaseFont.createFont(
          "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, FONT_FILE, null);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("The document font could not be read", e);
    }
  }
}
