package org.koldoo.victims.internal;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a case keeps besides its records: the person's photo, the documents kept with it, and its
 * printed documents (PDF in the reader's language); none ever cached by the browser.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseDocumentsController {

  private final CaseDocuments documents;
  private final CaseAttachments attachments;
  private final IdentityService identities;
  private final CaseGuard guard;

  CaseDocumentsController(CaseDocuments documents, Victims victims) {
    this.documents = documents;
    this.attachments = victims.attachments();
    this.identities = victims.identities();
    this.guard = victims.guard();
  }

  /** Keeps a document with the case (at most 5 MB; PDF, JPEG or PNG). */
  @org.springframework.web.bind.annotation.PostMapping("/attachments")
  String attach(
      @PathVariable UUID id,
      @org.springframework.web.bind.annotation.RequestParam(required = false)
          org.koldoo.victims.AttachmentKind kind,
      @org.springframework.web.bind.annotation.RequestParam("file")
          org.springframework.web.multipart.MultipartFile file,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect)
      throws java.io.IOException {
    byte[] content = file.getBytes();
    return CaseFormAnswers.inline(
        id,
        null,
        redirect,
        () -> attachments.attach(id, kind, file.getOriginalFilename(), content));
  }

  /** Opens a kept document (audited), never cached. */
  @GetMapping("/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
    return attachments.open(id, attachmentId).answer();
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
    return org.koldoo.platform.pdf.PrintedDocument.answer(body, name);
  }

  @org.springframework.web.bind.annotation.PostMapping("/photo")
  String photo(
      @PathVariable UUID id,
      @RequestParam("photo") org.springframework.web.multipart.MultipartFile photo,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect)
      throws java.io.IOException {
    byte[] content = photo.getBytes();
    return CaseFormAnswers.inline(id, null, redirect, () -> identities.attachPhoto(id, content));
  }

  @GetMapping("/photo")
  org.springframework.http.ResponseEntity<byte[]> showPhoto(@PathVariable UUID id) {
    return identities
        .photo(id)
        .map(
            bytes ->
                org.springframework.http.ResponseEntity.ok()
                    .contentType(
                        bytes[0] == (byte) 0x89
                            ? org.springframework.http.MediaType.IMAGE_PNG
                            : org.springframework.http.MediaType.IMAGE_JPEG)
                    .header("Cache-Control", "no-store")
                    .body(bytes))
        .orElse(org.springframework.http.ResponseEntity.notFound().build());
  }
}
