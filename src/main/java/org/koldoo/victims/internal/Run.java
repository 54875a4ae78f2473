package org.koldoo.victims.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.privacy.synthetic.SyntheticPeople;

/** The writers of one generation, one per table, and what every step of it shares. */
record Run(
    SyntheticWorld world,
    SplittableRandom random,
    SplittableRandom closures,
    SyntheticPeople people,
    Map<String, Integer> counters,
    Set<String> pseudonyms,
    Instant now,
    BulkCopy.Writer cases,
    BulkCopy.Writer screenings,
    BulkCopy.Writer decisions,
    BulkCopy.Writer consents,
    BulkCopy.Writer returns,
    BulkCopy.Writer grants,
    BulkCopy.Writer work)
    implements AutoCloseable {

  /** A generation's writers opened, its persons drawn from {@code random}. */
  static Run open(SyntheticWorld world, SplittableRandom random) {
    BulkCopy bulk = world.bulk();
    return new Run(
        world,
        random,
        world.random("victim-closures"),
        new SyntheticPeople(random),
        new HashMap<>(),
        new HashSet<>(),
        Instant.now(),
        bulk.into(
            "victim_case",
            "id, organisation_id, case_number, pseudonym, registered_on, sex, birth_year, estimated_age, citizenships, region, age_at_exploitation, child, identity_ciphertext, name_index, birth_date_index, guardian_type, best_interests_on, best_interests_by, created_by, created_at, updated_at, closed_on, close_reason"),
        bulk.into(
            "victim_screening",
            "id, case_id, screened_on, location, vulnerable_group, indicators, proposes_presumed, organisation_id, recorded_by"),
        bulk.into(
            "victim_identification",
            "id, case_id, decided_on, status, deciding_organisation_id, exploitation_types, sectors, sexual_exploitation_types, means_of_control, recruitment_channel, recruiter_relation, countries_of_exploitation, recorded_by"),
        bulk.into(
            "victim_consent", "id, case_id, purpose, given_on, given_by_guardian, recorded_by"),
        bulk.into(
            "victim_return", "id, case_id, kind, event_on, country, organisation_id, recorded_by"),
        bulk.into(
            "victim_access_grant",
            "id, case_id, organisation_id, referral_id, accepted, granted_at"),
        bulk.into(
            "victim_case_work",
            "id, case_id, kind, on_date, detail, organisation_id, recorded_by"));
  }

  /** Tells the world how many rows each table got. */
  void count() {
    world.counted(cases, screenings, decisions, consents, returns, grants, work);
  }

  /**
   * Closes every writer, the last opened first, as try-with-resources did; a failure rolls the
   * whole generation back.
   */
  @Override
  public void close() {
    work.close();
    grants.close();
    returns.close();
    consents.close();
    decisions.close();
    screenings.close();
    cases.close();
  }
}
