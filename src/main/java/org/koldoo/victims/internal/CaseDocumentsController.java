package org.koldoo.victims.internal;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A case's printed documents, as PDF in the reader's language; never cached by the browser. */
@Controller
@RequestMapping("/cases/{id}")
class CaseDocumentsController {

  private final CaseDocuments documents;
  private final CaseGuard guard;

  CaseDocumentsController(CaseDocuments documents, Victims victims) {
    this.documents = documents;
    this.guard = victims.guard();
  }

  @GetMapping("/documents/consent.pdf")
  ResponseEntity<byte[]> consentForm(@PathVariable UUID id, Locale locale) {
    return pdf(documents.consentForm(id, locale), "consent-" + number(id));
  }

  @GetMapping("/documents/summary.pdf")
  ResponseEntity<byte[]> summary(@PathVariable UUID id, Locale locale) {
    return pdf(documents.summary(id, locale), "summary-" + number(id));
  }

  @GetMapping("/screenings/{screeningId}.pdf")
  ResponseEntity<byte[]> screening(
      @PathVariable UUID id, @PathVariable UUID screeningId, Locale locale) {
    return pdf(documents.screeningRecord(id, screeningId, locale), "screening-" + number(id));
  }

  private String number(UUID id) {
    return guard.load(id).caseNumber();
  }

  private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name + ".pdf").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
