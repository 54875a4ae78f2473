package org.koldoo.assistance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.koldoo.assistance.internal.AssistanceViews.ReferralRow;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.pdf.PrintedDocument;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.ReviewIdentity;
import org.koldoo.victims.VictimCases;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The referral letter, printed by the organisation that sent the referral or the one it went to:
 * who refers whom to whom for what, since when, under which procedure; the person's name only where
 * the printer may see it (opened through the audited path), else the pseudonym alone.
 */
@Controller
class ReferralLetters {

  private final AssistanceService referrals;
  private final VictimCases victims;
  private final Organisations organisations;
  private final MessageSource messages;
  private final org.koldoo.platform.pdf.DocumentPrinter printer;

  ReferralLetters(
      AssistanceService referrals,
      VictimCases victims,
      Organisations organisations,
      MessageSource messages,
      org.koldoo.platform.pdf.DocumentPrinter printer) {
    this.referrals = referrals;
    this.victims = victims;
    this.organisations = organisations;
    this.messages = messages;
    this.printer = printer;
  }

  @GetMapping("/referrals/{id}/letter.pdf")
  @Transactional
  ResponseEntity<byte[]> letter(@PathVariable UUID id, Locale locale) {
    ReferralRow r =
        referrals.ownReferral(id).orElseThrow(() -> new AssistanceService.ReferralUnknown(id));
    CaseSummary c = referrals.visibleCase(r.caseId());
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {text("case.pseudonym", locale), c.pseudonym()});
    victims
        .identityForPrint(r.caseId(), "printing a referral letter")
        .ifPresent(
            who -> {
              fields.add(new String[] {text("person.name", locale), name(who)});
              fields.add(
                  new String[] {
                    text("person.dateOfBirth", locale), printer.days(locale).of(who.dateOfBirth())
                  });
            });
    fields.add(
        new String[] {text("referral.from", locale), organisation(r.fromOrganisation(), locale)});
    fields.add(
        new String[] {text("referral.to", locale), organisation(r.toOrganisation(), locale)});
    fields.add(
        new String[] {
          text("referral.service", locale), text(r.serviceType().messageKey(), locale)
        });
    fields.add(new String[] {text("referral.sentOn", locale), printer.days(locale).of(r.sentOn())});
    fields.add(
        new String[] {
          text("referral.status", locale),
          text(r.status().messageKey(), locale)
              + (r.respondedOn() == null
                  ? ""
                  : " (" + printer.days(locale).of(r.respondedOn()) + ")")
        });
    PrintedDocument doc =
        printer
            .start(locale)
            .title(text("doc.referral.title", locale))
            .paragraph(text("doc.referral.intro", locale))
            .fields(fields);
    if (r.childProcedure()) {
      doc.paragraph(text("doc.referral.child", locale));
    }
    byte[] pdf =
        doc.paragraph(text("doc.referral.answer", locale))
            .signature(text("doc.referral.signSender", locale))
            .render();
    return PrintedDocument.answer(pdf, "referral-" + c.pseudonym());
  }

  private static String name(ReviewIdentity who) {
    return String.join(
            " ",
            java.util.stream.Stream.of(who.familyName(), who.givenName(), who.patronymic())
                .filter(p -> p != null && !p.isBlank())
                .toList())
        + (who.latinName() == null || who.latinName().isBlank()
            ? ""
            : " (" + who.latinName() + ")");
  }

  private String organisation(UUID id, Locale locale) {
    return organisations.label(id, locale).orElse("?");
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
