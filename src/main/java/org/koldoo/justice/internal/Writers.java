package org.koldoo.justice.internal;

import java.util.SplittableRandom;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.SyntheticWorld;

/**
 * The tables a synthetic justice dataset is copied into, opened in the order their rows depend on
 * each other, and the random stream the attributes added later draw from (so the rest stays as it
 * was).
 */
record Writers(
    BulkCopy.Writer operations,
    BulkCopy.Writer cases,
    BulkCopy.Writer victims,
    BulkCopy.Writer defendants,
    BulkCopy.Writer events,
    BulkCopy.Writer bodies,
    BulkCopy.Writer detentions,
    SplittableRandom extra)
    implements AutoCloseable {

  static Writers open(BulkCopy bulk, SplittableRandom extra) {
    return new Writers(
        bulk.into(
            "enforcement_operation",
            """
            id, name, place, started_on, ended_on, offences_uncovered, trafficking_among_offences,
            organisation_id, recorded_by"""),
        bulk.into(
            "criminal_case",
            """
            id, registration_number, organisation_id, registered_on, origin, exploitation_types,
            initial_article_id, not_international_definition, operation_id, created_by,
            created_at"""),
        bulk.into("criminal_case_victim", "criminal_case_id, victim_case_id, pseudonym"),
        bulk.into(
            "defendant",
            """
            id, criminal_case_id, identity_ciphertext, sex, citizenship, public_official,
            official_body, birth_date, birth_year, created_at"""),
        bulk.into(
            "case_event",
            """
            id, criminal_case_id, event_type, occurred_on, defendant_id, article_from_id,
            article_to_id, reason, outcome, months, suspended, amount_kgs, country, recorded_by,
            recorded_at, organisation_id"""),
        bulk.into("criminal_case_body", "criminal_case_id, organisation_id, added_at, added_by"),
        bulk.into(
            "operation_detention",
            """
            id, operation_id, occurred_on, measure, persons, citizenship, screened,
            referred_as_victims, organisation_id, recorded_by, recorded_at"""),
        extra);
  }

  void counted(SyntheticWorld world) {
    world.counted(cases, victims, defendants, events, bodies, operations, detentions);
  }

  @Override
  public void close() {
    // closing in reverse order flushes what depends on other rows after them, as try-with-resources
    // did
    detentions.close();
    bodies.close();
    events.close();
    defendants.close();
    victims.close();
    cases.close();
    operations.close();
  }
}
