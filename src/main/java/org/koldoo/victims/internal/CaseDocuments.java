package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.pdf.PrintedDocument;
import org.koldoo.platform.web.CodeList;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.Days;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.ConsentPurpose;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed documents of a victim case, in the reader's language: the consent form for the person
 * to sign, a screening record, and the case summary for a receiving organisation. A document holds
 * the identity only where the person printing it may see it, and opening the identity for a print
 * is audited like any view of it.
 */
@Component
class CaseDocuments {

  private final CaseGuard guard;
  private final IdentityService identities;
  private final VictimCasesApi api;
  private final Organisations organisations;
  private final MessageSource messages;
  private final org.koldoo.platform.pdf.DocumentPrinter printer;

  private final java.time.Clock clock;
  private final IdentityRetention retention;

  CaseDocuments(
      CaseGuard guard,
      IdentityService identities,
      VictimCasesApi api,
      Organisations organisations,
      MessageSource messages,
      org.koldoo.platform.pdf.DocumentPrinter printer,
      java.time.Clock clock,
      IdentityRetention retention) {
    this.clock = clock;
    this.retention = retention;
    this.guard = guard;
    this.identities = identities;
    this.api = api;
    this.organisations = organisations;
    this.messages = messages;
    this.printer = printer;
  }

  /**
   * The consent form: who, each purpose to tick, what the person's rights are in plain words, and
   * lines to sign. Printed by the registering organisation, which may see the name it carries.
   */
  @Transactional
  byte[] consentForm(UUID id, Locale locale) {
    VictimCase c = guard.load(id);
    guard.require(c, CaseAction.RECORD_CONSENT);
    Identity identity = identities.revealIdentity(id, "printing the consent form", null).identity();
    Text t = new Text(locale);
    PrintedDocument doc = document(t);
    doc.title(t.get("doc.consent.title"))
        .fields(
            List.of(
                new String[] {t.get("case.number"), c.caseNumber()},
                new String[] {t.get("person.name"), identity.fullName()},
                new String[] {t.get("person.dateOfBirth"), t.day(identity.dateOfBirth())},
                new String[] {t.get("doc.organisation"), organisation(c.organisationId(), locale)}))
        .paragraph(t.get("doc.consent.intro"));
    doc.heading(t.get("doc.consent.purposes"));
    List<String> purposes = new ArrayList<>();
    for (ConsentPurpose p : ConsentPurpose.values()) {
      purposes.add("☐  " + t.code(p) + " — " + t.get("doc.consent.purpose." + p.name()));
    }
    doc.bullets(purposes);
    doc.paragraph(t.get("doc.consent.validUntil"));
    doc.heading(t.get("doc.consent.rights"))
        .bullets(
            List.of(
                t.get("doc.consent.right.voluntary"),
                t.get("doc.consent.right.withdraw"),
                t.get("doc.consent.right.services"),
                t.get("doc.consent.right.confidential"),
                t.get("doc.consent.right.ask")));
    if (c.child()) {
      doc.paragraph(t.get("doc.consent.child"));
    }
    return doc.signature(t.get("doc.consent.signPerson"))
        .signature(t.get("doc.consent.signGuardian"))
        .signature(t.get("doc.consent.signWorker"))
        .render();
  }

  /** A screening as recorded: when, where, which indicators, and whether it proposed a victim. */
  @Transactional(readOnly = true)
  byte[] screeningRecord(UUID id, UUID screeningId, Locale locale) {
    VictimCase c = guard.load(id);
    Screening s =
        c.screenings().stream()
            .filter(x -> x.id().equals(screeningId))
            .findFirst()
            .orElseThrow(() -> CaseExceptions.CaseNotFound.forId(screeningId));
    Text t = new Text(locale);
    PrintedDocument doc = document(t);
    doc.title(t.get("doc.screening.title"))
        .fields(
            List.of(
                new String[] {t.get("case.number"), c.caseNumber()},
                new String[] {t.get("case.pseudonym"), c.pseudonym()},
                new String[] {t.get("screening.screenedOn"), t.day(s.screenedOn())},
                new String[] {t.get("screening.location"), t.code(s.location())},
                new String[] {t.get("screening.vulnerableGroup"), t.code(s.vulnerableGroup())},
                new String[] {t.get("doc.organisation"), organisation(s.organisationId(), locale)},
                new String[] {
                  t.get("doc.screening.result"),
                  s.proposesPresumed()
                      ? t.get("screening.proposesPresumed")
                      : t.get("doc.screening.notProposed")
                }));
    doc.heading(t.get("screening.indicators"));
    if (s.indicators().isEmpty()) {
      doc.paragraph("—");
    } else {
      doc.bullets(s.indicators().stream().map(t::code).toList());
    }
    return doc.render();
  }

  /**
   * What a receiving organisation needs to know of the case: its facts, its latest decision, the
   * consents in force, and the identity only if the person printing may see it.
   */
  @Transactional
  byte[] summary(UUID id, Locale locale) {
    VictimCase c = guard.load(id);
    boolean identityVisible = guard.rights(c).access() == Access.IDENTITY;
    Text t = new Text(locale);
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {t.get("case.number"), c.caseNumber()});
    fields.add(new String[] {t.get("case.pseudonym"), c.pseudonym()});
    var erasedOn = retention.erasedOn(id);
    if (erasedOn.isPresent()) {
      // an erased identity is said to be so, not printed as blank lines
      fields.add(
          new String[] {t.get("person.name"), t.get("case.identityErased", t.day(erasedOn.get()))});
    } else if (identityVisible) {
      Identity identity =
          identities.revealIdentity(id, "printing the case summary", null).identity();
      fields.add(new String[] {t.get("person.name"), identity.fullName()});
      fields.add(new String[] {t.get("person.dateOfBirth"), t.day(identity.dateOfBirth())});
    }
    fields.addAll(caseFacts(c, t, locale));
    PrintedDocument doc = document(t).title(t.get("doc.summary.title")).fields(fields);
    doc.heading(t.get("doc.summary.consents"));
    List<String> consents =
        c.activeConsents(LocalDate.now(clock)).stream()
            .map(
                k ->
                    t.code(k.purpose())
                        + (k.organisationId() == null
                            ? ""
                            : " — " + organisation(k.organisationId(), locale))
                        + " ("
                        + t.day(k.givenOn())
                        + (k.validUntil() == null
                            ? ""
                            : " — " + t.get("consent.validUntil") + " " + t.day(k.validUntil()))
                        + ")")
            .toList();
    if (consents.isEmpty()) {
      doc.paragraph(t.get("doc.summary.noConsent"));
    } else {
      doc.bullets(consents);
    }
    if (!identityVisible) {
      doc.note(t.get("doc.summary.identityWithheld"));
    }
    return doc.render();
  }

  /** The case's statistical facts, its latest decision and its closure, as printed fields. */
  private List<String[]> caseFacts(VictimCase c, Text t, Locale locale) {
    List<String[]> fields = new ArrayList<>();
    var summary = api.summary(c);
    fields.add(new String[] {t.get("case.registeredOn"), t.day(c.registeredOn())});
    fields.add(new String[] {t.get("doc.organisation"), organisation(c.organisationId(), locale)});
    fields.add(
        new String[] {t.get("person.sex"), summary.sex() == null ? null : t.code(summary.sex())});
    fields.add(new String[] {t.get("person.birthYear"), text(summary.birthYear())});
    fields.add(
        new String[] {
          t.get("case.ageGroup"), c.child() ? t.get("case.child") : t.get("case.adult")
        });
    fields.add(
        new String[] {
          t.get("person.citizenships"),
          summary.citizenships() == null
              ? null
              : Arrays.stream(summary.citizenships().split(","))
                  .map(code -> Countries.name(code, locale))
                  .collect(Collectors.joining(", "))
        });
    fields.add(
        new String[] {
          t.get("case.status"),
          summary.status() == null ? t.get("case.notYetDecided") : t.code(summary.status())
        });
    c.identifications().stream()
        .max(java.util.Comparator.comparing(Identification::decidedOn))
        .ifPresent(
            i ->
                fields.add(
                    new String[] {
                      t.get("identification.exploitationTypes"),
                      i.decision().exploitationTypes() == null
                          ? null
                          : String.join(
                              ", ", i.decision().exploitationTypes().stream().map(t::code).toList())
                    }));
    if (c.work().closed()) {
      fields.add(
          new String[] {
            t.get("close.reason"),
            t.day(c.work().closedOn()) + " · " + t.code(c.work().closeReason())
          });
    }
    return fields;
  }

  private PrintedDocument document(Text t) {
    return printer.start(t.locale);
  }

  private String organisation(UUID id, Locale locale) {
    return organisations.label(id, locale).orElse(id == null ? null : id.toString());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** Messages and code labels in one language. */
  private final class Text {
    private final Locale locale;

    Text(Locale locale) {
      this.locale = locale;
    }

    String get(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }

    String code(CodeList value) {
      return value == null ? null : messages.getMessage(value.messageKey(), null, locale);
    }

    /** A day as the reader's language writes it; null for none. */
    String day(LocalDate value) {
      return value == null ? null : new Days(locale, clock.getZone()).of(value);
    }
  }
}
