package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.NoIdentifiers;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.SoughtPerson;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.internal.CaseExceptions.CaseNotFound;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a victim is, opened only for a purpose and to those allowed (or by break-glass, flagged),
 * searched only among the cases the caller may already see, and the photo. Every view audited.
 */
@org.springframework.stereotype.Service
class IdentityService {

  private final CaseRecords records;
  private final CaseGuard guard;
  private final Viewers viewers;
  private final FieldCipher cipher;
  private final BlindIndex index;
  private final AuditTrail audit;
  private final NameParts nameParts;

  IdentityService(
      CaseRecords records,
      CaseGuard guard,
      Viewers viewers,
      FieldCipher cipher,
      BlindIndex index,
      AuditTrail audit,
      NameParts nameParts) {
    this.nameParts = nameParts;
    this.records = records;
    this.guard = guard;
    this.viewers = viewers;
    this.cipher = cipher;
    this.index = index;
    this.audit = audit;
  }

  /** The identity with guardian details, as revealed to someone allowed to see it. */
  record IdentityView(
      Identity identity,
      String guardianName,
      String guardianContact,
      String bestInterestsSummary,
      boolean breakGlass) {}

  /**
   * Reveals the identity. Allowed viewers give a purpose; others may break the glass with a reason,
   * which is flagged for the auditor. Every reveal is audited.
   */
  IdentityView revealIdentity(UUID id, String purpose, String breakGlassReason) {
    Viewer viewer = viewers.current();
    // the sealed identity and the viewer's relationship to the case, in one statement
    var sealed =
        records.sealed(id, viewer.organisationId()).orElseThrow(() -> CaseNotFound.forId(id));
    AccessPolicy.Rights rights =
        AccessPolicy.rights(viewer, sealed.owner(), sealed.child(), sealed.facts());
    if (rights.access() == Access.NONE) {
      throw CaseNotFound.forId(id);
    }
    boolean breakGlass = rights.readsIdentityByBreakingGlass(breakGlassReason);
    if (breakGlass) {
      requireSayable("breakGlassReason", breakGlassReason, BREAK_GLASS_REASON_MAX);
    } else if (!CaseGuard.blank(purpose)) {
      requireSayable("purpose", purpose, PURPOSE_MAX);
    }
    Identity identity =
        Identity.parse(cipher.decrypt(sealed.identity(), VictimCase.sealContext(id, "identity")));
    String guardian = cipher.decrypt(sealed.guardian(), VictimCase.sealContext(id, "guardian"));
    String[] guardianParts = guardian == null ? new String[] {null, null} : guardian.split("\n", 2);
    String bestInterests =
        cipher.decrypt(sealed.bestInterests(), VictimCase.sealContext(id, "best-interests"));
    // audited before anything is returned, committed with the other reads of this moment
    audit.recordRead(
        AuditRecord.of(breakGlass ? "IDENTITY_BREAK_GLASS" : "IDENTITY_VIEWED", "victim-case", id)
            .withPurpose(
                breakGlass
                    ? "BREAK-GLASS: " + breakGlassReason.strip()
                    : CaseGuard.purposeOrDefault(purpose))
            .withDetails(breakGlass ? "flagged for review" : null));
    return new IdentityView(
        identity,
        guardianParts[0],
        guardianParts.length > 1 ? guardianParts[1] : null,
        bestInterests,
        breakGlass);
  }

  /**
   * Exact search over blind indexes: name, date of birth or document number. Only cases whose
   * identity the caller may already see are returned; for everyone else the answer is the same as
   * no match, so a search never tells whether a person is registered. National roles, who never see
   * identities, may not search by identity at all.
   */
  @Transactional
  Set<UUID> searchIdentity(String name, LocalDate dateOfBirth, String document) {
    Viewer viewer = viewers.requireCaseHandler();
    String nameIndex = CaseGuard.blank(name) ? null : index.name(name);
    // the parts of the name asked for: a person is found by any of her names alone, or by several
    // in any order, each matched exactly as the whole name is
    java.util.Set<String> parts = CaseGuard.blank(name) ? java.util.Set.of() : nameParts.of(name);
    String dobIndex = index.date(dateOfBirth);
    String documentIndex = CaseGuard.blank(document) ? null : index.document(document);
    if (nameIndex == null && dobIndex == null && documentIndex == null) {
      return Set.of();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("n", nameIndex);
    params.put("parts", parts.isEmpty() ? java.util.List.of("-") : java.util.List.copyOf(parts));
    params.put("partCount", parts.size());
    params.put("d", dobIndex);
    params.put("x", documentIndex);
    Set<UUID> visible =
        guard.visibleAs(
            viewer,
            """
            (:n::text is null or c.name_index = :n
              or c.id in (select p.case_id from victim_name_part p where p.part_index in (:parts)
                  group by p.case_id having count(*) = :partCount))
            and (:d::text is null or c.birth_date_index = :d)
            and (:x::text is null or c.document_index = :x)
            """,
            params,
            Access.IDENTITY);
    audit.record(
        AuditRecord.of("IDENTITY_SEARCHED", "victim-case", null)
            .withDetails(
                ("matches="
                        + visible.size()
                        + " "
                        + SoughtPerson.of(index, name, dateOfBirth, document).trace())
                    .strip()));
    return visible;
  }

  /**
   * A purpose or a break-glass reason is kept in the clear in the audit trail, which national roles
   * read: within what the entry holds, and without a telephone, document or personal number.
   */
  private static void requireSayable(String field, String text, int max) {
    if (text.strip().length() > max) {
      throw new InvalidInput(field, "input.longerThan", max);
    }
    if (NoIdentifiers.Check.holdsIdentifier(text)) {
      throw new InvalidInput(field, "NoIdentifiers");
    }
  }

  /** The longest break-glass reason: the audit entry's purpose holds "BREAK-GLASS: " and it. */
  static final int BREAK_GLASS_REASON_MAX = 180;

  /** The longest purpose: what the audit entry's purpose holds. */
  static final int PURPOSE_MAX = 200;

  /** A photo is identifying data: JPEG or PNG, at most 2 MB, sealed like the rest. */
  @Transactional
  void attachPhoto(UUID id, byte[] image) {
    VictimCase c = guard.load(id);
    guard.require(c, CaseAction.EDIT_PERSON);
    if (image == null || image.length == 0 || image.length > 2 * 1024 * 1024) {
      throw new InvalidInput("photo", "photo.size");
    }
    boolean jpeg = image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
    boolean png = image.length > 8 && image[0] == (byte) 0x89 && image[1] == 'P' && image[2] == 'N';
    if (!jpeg && !png) {
      throw new InvalidInput("photo", "photo.type");
    }
    c.sealPhoto(cipher.seal(image, c.sealContext("photo")));
    guard.touch(c);
    audit.record(AuditRecord.of("PHOTO_ATTACHED", "victim-case", id));
  }

  /** The photo, for those who may see the identity; every view audited. */
  @Transactional
  Optional<byte[]> photo(UUID id) {
    VictimCase c = guard.loadWithIdentity(id, "the photo");
    if (c.photoCiphertext() == null) {
      return Optional.empty();
    }
    audit.record(AuditRecord.of("PHOTO_VIEWED", "victim-case", id).withPurpose("case work"));
    return Optional.of(cipher.open(c.photoCiphertext(), c.sealContext("photo")));
  }
}
