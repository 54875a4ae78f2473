package org.koldoo.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.privacy.SoughtPerson;

/**
 * The look-ups of the trail (identity searches, the checks before a registration) that sought a
 * person, found by the fingerprints each keeps ({@link SoughtPerson}), newest first. Asked by the
 * module that holds the person, for one whose identity it holds: never from a name typed in, which
 * would tell whoever asks whether that name is a victim's.
 */
public interface LookUps {

  /** At most this many look-ups are returned, the newest. */
  int SHOWN = 200;

  /** A look-up that sought her: who, when, and what of hers it sought. */
  record LookUp(
      long entry,
      Instant at,
      String actor,
      UUID organisationId,
      String action,
      Set<SoughtPerson.Match> matched) {}

  /** The look-ups found, and whether there were more than those returned. */
  record Found(List<LookUp> lookUps, boolean more) {}

  Found of(SoughtPerson person);
}
