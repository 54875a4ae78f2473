package org.koldoo.victims.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.koldoo.victims.AttachmentKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents kept with a case, over the API: the same rules as on the case page (PDF, JPEG or
 * PNG by their content, at most 5 MB, sealed, only for those who may see the identity, every
 * opening audited).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/attachments")
class CaseAttachmentApiController {

  record Kept(UUID id) {}

  private final CaseAttachments attachments;

  CaseAttachmentApiController(Victims victims) {
    this.attachments = victims.attachments();
  }

  /** The case's documents, without their file names (those are sealed with the identity). */
  @GetMapping
  List<CaseAttachments.Listed> list(@PathVariable UUID id) {
    return attachments.listOrRefuse(id);
  }

  /**
   * Keeps a document with the case: a multipart form with {@code file} and {@code kind}. It takes
   * any content type, so that anything else is answered with a problem naming the field rather than
   * an empty 415.
   */
  @PostMapping
  ResponseEntity<Kept> attach(
      @PathVariable UUID id,
      @RequestParam(required = false) AttachmentKind kind,
      @RequestPart("file") MultipartFile file)
      throws IOException {
    UUID kept = attachments.attach(id, kind, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + kept))
        .body(new Kept(kept));
  }

  /** The document itself, under its own name; never cached. */
  @GetMapping("/{attachmentId}")
  ResponseEntity<byte[]> open(@PathVariable UUID id, @PathVariable UUID attachmentId) {
    return attachments.open(id, attachmentId).answer();
  }
}
