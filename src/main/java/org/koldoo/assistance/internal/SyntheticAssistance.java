package org.koldoo.assistance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import org.koldoo.platform.synthetic.SyntheticContributor;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.platform.synthetic.SyntheticWorld.PlannedReferral;
import org.koldoo.platform.synthetic.SyntheticWorld.VictimFact;
import org.springframework.stereotype.Component;

/**
 * The referrals the synthetic victims' cases planned (each accepted the day it was sent), and the
 * services that followed about four times in five; a closed case's services ended by its closing.
 */
@Component
class SyntheticAssistance implements SyntheticContributor {

  private static final String[] OUTCOMES = {
    "ONGOING", "COMPLETED", "COMPLETED", "DISCONTINUED_BY_VICTIM"
  };

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void generate(SyntheticWorld world) {
    SplittableRandom random = world.random("assistance");
    Instant now = Instant.now();
    try (var referrals =
            world
                .bulk()
                .into(
                    "referral",
                    "id, case_id, from_organisation, to_organisation, service_type, sent_on, status, responded_on, child_procedure, sent_by, responded_by");
        var services =
            world
                .bulk()
                .into(
                    "service_delivery",
                    "id, case_id, referral_id, provider_id, service_type, started_on, ended_on, outcome, recorded_by, recorded_at")) {
      for (VictimFact v : world.victims()) {
        for (PlannedReferral r : v.referrals()) {
          referrals.row(
              r.id(),
              v.caseId(),
              v.organisation(),
              r.to(),
              r.serviceType(),
              r.sentOn(),
              "ACCEPTED",
              r.sentOn(),
              v.child(),
              "synthetic",
              "synthetic");
          if (random.nextInt(5) < 4) {
            var started = r.sentOn().plusDays(random.nextInt(15));
            String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
            LocalDate ended =
                outcome.equals("ONGOING") ? null : started.plusDays(10 + random.nextInt(120));
            if (v.closedOn() != null && (ended == null || ended.isAfter(v.closedOn()))) {
              // a closed case's services have ended by its closing
              outcome = "COMPLETED";
              ended = v.closedOn();
            }
            services.row(
                UUID.randomUUID(),
                v.caseId(),
                r.id(),
                r.to(),
                r.serviceType(),
                started,
                ended,
                outcome,
                "synthetic",
                now);
          }
        }
      }
      world.counted(referrals, services);
    }
  }
}
