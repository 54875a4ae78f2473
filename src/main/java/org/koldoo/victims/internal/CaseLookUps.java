package org.koldoo.victims.internal;

import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.LookUps;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.SoughtPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who looked for her?", asked by an auditor of a case: the identity searches and registration
 * checks that sought the person of the case, by her name's parts, birth date or document. Koldoo
 * makes her fingerprints from the sealed identity; the auditor sees neither the identity nor the
 * fingerprints, only who looked, when and for what of hers. Asked from a case, never from a name: a
 * name typed in would tell the auditor whether it is a victim's.
 */
@Component
class CaseLookUps {

  /** What was found; {@code nothingToTrace} when the case keeps no name, birth date or document. */
  record Trace(boolean nothingToTrace, LookUps.Found found) {}

  private final CaseGuard guard;
  private final FieldCipher cipher;
  private final BlindIndex index;
  private final LookUps lookUps;
  private final AuditTrail audit;

  CaseLookUps(
      CaseGuard guard, FieldCipher cipher, BlindIndex index, LookUps lookUps, AuditTrail audit) {
    this.guard = guard;
    this.cipher = cipher;
    this.index = index;
    this.lookUps = lookUps;
    this.audit = audit;
  }

  /** Who may ask: who looked for a person is the auditor's question, and the page offers it so. */
  static boolean mayTrace() {
    return Actors.current().hasAny(Role.AUDITOR);
  }

  @Transactional
  Trace of(UUID id) {
    if (!mayTrace()) {
      throw new AccessDeniedException("who looked for a person is the auditor's question");
    }
    VictimCase c = guard.load(id);
    Identity identity =
        Identity.parse(cipher.decrypt(c.identityCiphertext(), c.sealContext("identity")));
    SoughtPerson person =
        SoughtPerson.of(
            index, identity.allNames(), identity.dateOfBirth(), identity.documentNumber());
    LookUps.Found found = lookUps.of(person);
    audit.record(
        AuditRecord.of("CASE_LOOK_UPS_TRACED", "victim-case", id)
            .withDetails("found=%d%s".formatted(found.lookUps().size(), found.more() ? "+" : "")));
    return new Trace(person.isEmpty(), found);
  }
}
