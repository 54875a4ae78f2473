package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.NotFoundException;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.AttachmentKind;
import org.koldoo.victims.CaseAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents kept with a case: PDF, JPEG or PNG (told by their content, not by what the browser
 * claims), at most 5 MB, sealed with their file name like the identity. Only those who may see the
 * identity see that a case has them and open them; every opening is audited. Kept beside the case,
 * not inside its aggregate, so that loading a case never reads every document.
 */
@Component
class CaseAttachments {

  static final int MAX_BYTES = 5 * 1024 * 1024;

  /** A document as listed: what, how big, when and by whom; the file name stays sealed. */
  record Listed(
      UUID id,
      AttachmentKind kind,
      String contentType,
      int sizeBytes,
      String uploadedBy,
      Instant uploadedAt) {}

  /** A document opened for download. */
  record Opened(String fileName, String contentType, byte[] content) {

    /** The document as a download: under its own name, never cached, never sniffed. */
    org.springframework.http.ResponseEntity<byte[]> answer() {
      return org.springframework.http.ResponseEntity.ok()
          .contentType(org.springframework.http.MediaType.parseMediaType(contentType))
          .header(
              org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
              org.springframework.http.ContentDisposition.attachment()
                  .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
          .header("X-Content-Type-Options", "nosniff")
          .body(content);
    }
  }

  private static final String INSERT =
      """
      insert into victim_case_attachment (id, case_id, kind, content_type, size_bytes,
          file_name_ciphertext, content_ciphertext, organisation_id, uploaded_by, uploaded_at)
      values (:id, :case, :kind, :type, :size, :name, :content, :org, :by, :at)
      """;

  private static final String LIST =
      """
      select id, kind, content_type, size_bytes, uploaded_by, uploaded_at
        from victim_case_attachment where case_id = :case order by uploaded_at, id
      """;

  private static final String ONE =
      """
      select content_type, file_name_ciphertext, content_ciphertext
        from victim_case_attachment where case_id = :case and id = :id
      """;

  private final CaseGuard guard;
  private final FieldCipher cipher;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  CaseAttachments(
      CaseGuard guard, FieldCipher cipher, JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.guard = guard;
    this.cipher = cipher;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  UUID attach(UUID caseId, AttachmentKind kind, String fileName, byte[] content) {
    VictimCase c = guard.load(caseId);
    Viewer viewer = guard.require(c, CaseAction.EDIT_PERSON);
    if (kind == null) {
      throw new InvalidInput("kind", "attachment.kindRequired");
    }
    if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      throw new InvalidInput("file", "attachment.size");
    }
    String type = typeOf(content);
    if (type == null) {
      throw new InvalidInput("file", "attachment.type");
    }
    String name = cleanName(fileName, type);
    UUID id = UUID.randomUUID();
    jdbc.sql(INSERT)
        .param("id", id)
        .param("case", caseId)
        .param("kind", kind.name())
        .param("type", type)
        .param("size", content.length)
        .param("name", cipher.encrypt(name, c.sealContext("attachment-name:" + id)))
        .param("content", cipher.seal(content, c.sealContext("attachment:" + id)))
        .param("org", viewer.organisationId())
        .param("by", viewer.username())
        .param("at", java.sql.Timestamp.from(Instant.now(clock)))
        .update();
    guard.touch(c);
    audit.record(
        AuditRecord.of("ATTACHMENT_ADDED", "victim-case", caseId)
            .withDetails("attachment=" + id + " kind=" + kind + " bytes=" + content.length));
    return id;
  }

  /** The case's documents, for those who may see the identity; nothing for anyone else. */
  @Transactional(readOnly = true)
  List<Listed> list(UUID caseId) {
    VictimCase c = guard.load(caseId);
    return guard.access(c) == Access.IDENTITY ? listed(caseId) : List.of();
  }

  /**
   * The case's documents, for those who may see the identity; refused (not an empty list) to those
   * who may see only the pseudonymous case, as the identity itself is.
   */
  @Transactional(readOnly = true)
  List<Listed> listOrRefuse(UUID caseId) {
    guard.loadWithIdentity(caseId, "a case's documents");
    return listed(caseId);
  }

  private List<Listed> listed(UUID caseId) {
    return jdbc.sql(LIST)
        .param("case", caseId)
        .query(
            (rs, n) ->
                new Listed(
                    rs.getObject("id", UUID.class),
                    AttachmentKind.valueOf(rs.getString("kind")),
                    rs.getString("content_type"),
                    rs.getInt("size_bytes"),
                    rs.getString("uploaded_by"),
                    rs.getTimestamp("uploaded_at").toInstant()))
        .list();
  }

  /** Opens one document for someone who may see the identity; audited like a view of it. */
  @Transactional
  Opened open(UUID caseId, UUID attachmentId) {
    VictimCase c = guard.loadWithIdentity(caseId, "a case's documents");
    Opened opened =
        jdbc.sql(ONE)
            .param("case", caseId)
            .param("id", attachmentId)
            .query(
                (rs, n) ->
                    new Opened(
                        cipher.decrypt(
                            rs.getBytes("file_name_ciphertext"),
                            c.sealContext("attachment-name:" + attachmentId)),
                        rs.getString("content_type"),
                        cipher.open(
                            rs.getBytes("content_ciphertext"),
                            c.sealContext("attachment:" + attachmentId))))
            .optional()
            .orElseThrow(() -> new Missing(attachmentId));
    audit.record(
        AuditRecord.of("ATTACHMENT_VIEWED", "victim-case", caseId)
            .withPurpose("case work")
            .withDetails("attachment=" + attachmentId));
    return opened;
  }

  /** PDF, JPEG or PNG by their first bytes; null for anything else. */
  static String typeOf(byte[] content) {
    if (content.length > 4
        && content[0] == '%'
        && content[1] == 'P'
        && content[2] == 'D'
        && content[3] == 'F') {
      return "application/pdf";
    }
    if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8) {
      return "image/jpeg";
    }
    if (content.length > 8
        && (content[0] & 0xff) == 0x89
        && content[1] == 'P'
        && content[2] == 'N'
        && content[3] == 'G') {
      return "image/png";
    }
    return null;
  }

  /** The file's own name without any folder, at most 120 characters; a plain name if none. */
  static String cleanName(String fileName, String type) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name =
          "document"
              + (type.equals("application/pdf")
                  ? ".pdf"
                  : type.equals("image/png") ? ".png" : ".jpg");
    }
    return name.length() > 120 ? name.substring(name.length() - 120) : name;
  }

  static final class Missing extends NotFoundException {
    Missing(UUID id) {
      super("attachment.notFound", id);
    }
  }
}
