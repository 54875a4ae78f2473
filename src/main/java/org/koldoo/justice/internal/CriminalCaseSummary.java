package org.koldoo.justice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.pdf.PrintedDocument;
import org.koldoo.platform.web.Countries;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A criminal case's summary as PDF for those who may read the case: its registration, articles,
 * stage, defendants, the victims' pseudonyms and its events. Defendants' names are printed only for
 * the bodies handling the case, read through the same audited path as on screen.
 */
@Controller
class CriminalCaseSummary {

  private final CriminalCaseRecords records;
  private final JusticeRegister register;
  private final ArticleCatalogue articles;
  private final Organisations organisations;
  private final MessageSource messages;
  private final org.koldoo.platform.pdf.DocumentPrinter printer;

  CriminalCaseSummary(
      CriminalCaseRecords records,
      JusticeRegister register,
      ArticleCatalogue articles,
      Organisations organisations,
      MessageSource messages,
      org.koldoo.platform.pdf.DocumentPrinter printer) {
    this.records = records;
    this.register = register;
    this.articles = articles;
    this.organisations = organisations;
    this.messages = messages;
    this.printer = printer;
  }

  @GetMapping("/justice/{id}/summary.pdf")
  @Transactional
  ResponseEntity<byte[]> summary(@PathVariable UUID id, Locale locale) {
    var c = records.load(id);
    var row = register.row(c, articles.byId());
    Map<UUID, String> names = records.defendantNames(id);
    List<String[]> fields = caseFields(c, row, locale);
    PrintedDocument doc =
        printer.start(locale).title(text("doc.criminal.title", locale)).fields(fields);
    if (row.downgraded()) {
      doc.paragraph(text("justice.downgradedBadge", locale));
    }
    doc.heading(text("doc.criminal.defendants", locale));
    List<CriminalCaseRecords.Defendant> defendants = records.defendants(id);
    List<String> lines = defendantLines(defendants, names, locale);
    doc.bullets(lines.isEmpty() ? List.of("—") : lines);
    doc.heading(text("doc.criminal.victims", locale));
    List<String> victims = records.victims(id).stream().map(v -> v[1]).toList();
    doc.bullets(victims.isEmpty() ? List.of("—") : victims);
    doc.heading(text("doc.criminal.events", locale));
    List<String> events =
        CaseTimeline.inOrder(records.events(id)).stream()
            .map(e -> e.on() + " · " + text(e.type().messageKey(), locale))
            .toList();
    doc.bullets(events.isEmpty() ? List.of("—") : events);
    if (names.isEmpty() && !defendants.isEmpty()) {
      doc.note(text("doc.criminal.namesWithheld", locale));
    }
    return PrintedDocument.answer(doc.render(), "criminal-case-" + c.registrationNumber());
  }

  /** The case's registration, body, article, stage and forms of exploitation. */
  private List<String[]> caseFields(
      CriminalCaseRecords.CaseRow c, JusticeRegister.Row row, Locale locale) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {text("justice.number", locale), c.registrationNumber()});
    fields.add(
        new String[] {
          text("justice.registeredOn", locale), printer.days(locale).of(c.registeredOn())
        });
    fields.add(
        new String[] {text("justice.origin", locale), text("CaseOrigin." + c.origin(), locale)});
    fields.add(
        new String[] {
          text("doc.organisation", locale),
          organisations.label(c.organisationId(), locale).orElse(null)
        });
    fields.add(
        new String[] {
          text("justice.article", locale),
          row.currentArticle()
              + (row.currentArticle().equals(row.initialArticle())
                  ? ""
                  : " (" + text("justice.was", locale) + " " + row.initialArticle() + ")")
        });
    fields.add(
        new String[] {text("justice.stage", locale), text(row.stage().messageKey(), locale)});
    fields.add(
        new String[] {
          text("justice.exploitationTypes", locale),
          String.join(
              ", ",
              row.exploitationTypes().stream()
                  .map(t -> text("ExploitationType." + t, locale))
                  .toList())
        });
    return fields;
  }

  /** Each defendant: the name for the handling bodies, else a number; sex, citizenship, office. */
  private List<String> defendantLines(
      List<CriminalCaseRecords.Defendant> defendants, Map<UUID, String> names, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < defendants.size(); i++) {
      var d = defendants.get(i);
      String who =
          names.getOrDefault(d.id(), text("doc.criminal.defendant", locale) + " " + (i + 1));
      lines.add(
          who
              + (d.sex() == null ? "" : " · " + text("Sex." + d.sex(), locale))
              + (d.citizenship() == null ? "" : " · " + Countries.name(d.citizenship(), locale))
              + (d.publicOfficial() ? " · " + text("justice.officialBadge", locale) : ""));
    }
    return lines;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
