package org.koldoo.victims.internal;

import static org.koldoo.victims.internal.SyntheticVictimCodes.*;
import static org.koldoo.victims.internal.SyntheticVictimSteps.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.koldoo.platform.synthetic.SyntheticContributor;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.platform.synthetic.SyntheticWorld.PlannedReferral;
import org.koldoo.platform.synthetic.SyntheticWorld.VictimFact;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.clk.PersonRecipe.Person;
import org.koldoo.victims.internal.SyntheticClosures.Closure;
import org.springframework.stereotype.Component;

/**
 * Synthetic persons screened in the NRM: about 400 a year at national scale, of whom about 60 are
 * identified as victims. About one in seven is recorded again by a second organisation — half with
 * the same Cyrillic name and birth date (found by the blind indexes), half in a Latin spelling with
 * typos (found only by linkage). Identity is sealed as for real cases. Many cases are closed, as
 * {@link SyntheticClosures} says.
 */
@Component
class SyntheticVictims implements SyntheticContributor {

  private final FieldCipher cipher;
  private final BlindIndex index;

  SyntheticVictims(FieldCipher cipher, BlindIndex index) {
    this.cipher = cipher;
    this.index = index;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void generate(SyntheticWorld world) {
    try (Run run = Run.open(world, world.random("victims"))) {
      for (int year = world.firstYear(); year <= world.lastYear(); year++) {
        int persons = world.scaled(400);
        for (int n = 0; n < persons; n++) {
          person(run, year);
        }
      }
      world.bulk().execute(PersonKeys.REFRESH_ALL);
      run.count();
    }
  }

  /** One person: drawn once, then recorded by one organisation, or now and then by two. */
  private void person(Run run, int year) {
    SplittableRandom random = run.random();
    LocalDate registered = SyntheticWorld.day(random, year);
    boolean child = random.nextInt(7) == 0;
    int age = child ? 12 + random.nextInt(6) : 18 + random.nextInt(40);
    Person base = run.people().person();
    LocalDate born = registered.minusYears(age).minusDays(random.nextInt(365));
    Person person =
        new Person(
            base.givenName(),
            base.surname(),
            born.format(DateTimeFormatter.BASIC_ISO_DATE),
            base.sex(),
            base.extra());
    String citizenship = pick(random, CITIZENSHIP);
    String type =
        random.nextInt(100) < 22
            ? "SEXUAL_EXPLOITATION"
            : random.nextInt(100) < 93 ? "FORCED_LABOUR" : "FORCED_BEGGING";
    int fate = random.nextInt(100); // 0-14 identified, 15-24 presumed, 25-39 not a victim
    UUID org = pick(random, REGISTERING);
    Drawn drawn =
        new Drawn(year, registered, child, age, person, born, citizenship, type, fate, org);
    UUID first = UUID.randomUUID();
    int copies = random.nextInt(7) == 0 ? 2 : 1;
    for (int copy = 0; copy < copies; copy++) {
      record(run, drawn, copy == 0 ? first : UUID.randomUUID(), copy);
    }
  }

  /** One organisation's case of the person, screened, and for some identified and assisted. */
  private void record(Run run, Drawn d, UUID caseId, int copy) {
    SplittableRandom random = run.random();
    UUID owner = copy == 0 ? d.organisation() : pick(random, REGISTERING);
    LocalDate yearEnd = LocalDate.of(d.year(), 12, 31);
    LocalDate later = d.registered().plusDays(5 + random.nextInt(60));
    LocalDate on = copy == 0 ? d.registered() : later.isAfter(yearEnd) ? yearEnd : later;
    Person recorded =
        copy == 0 || random.nextBoolean() ? d.person() : run.people().variant(d.person());
    Optional<Closure> closure =
        SyntheticClosures.draw(
            run.closures(), d.fate(), on, LocalDate.of(run.world().lastYear(), 12, 31));
    String pseudonym = registerCase(run, d, caseId, owner, on, recorded, closure);
    closure.ifPresent(c -> closed(run, caseId, owner, c));
    run.screenings()
        .row(
            UUID.randomUUID(),
            caseId,
            on,
            pick(random, LOCATIONS),
            d.child() ? "CHILDREN_IN_STATE_CARE" : pick(random, GROUPS),
            d.fate() < 25
                ? List.of(
                    "CR_CONFISCATION_OF_DOCUMENTS",
                    "DR_DECEIVED_ABOUT_NATURE_OF_JOB",
                    "ILO_DECEPTION")
                : List.of("ILO_ISOLATION"),
            d.fate() < 25,
            owner,
            "synthetic");
    if (d.fate() >= 40) {
      return;
    }
    LocalDate decided = on.plusDays(random.nextInt(30));
    identify(run, d, caseId, owner, decided);
    if (d.fate() >= 25) {
      return;
    }
    run.consents().row(UUID.randomUUID(), caseId, "REFERRAL", on, d.child(), "synthetic");
    List<PlannedReferral> referrals = refer(run, caseId, owner, decided);
    returnHome(run, d, caseId, decided);
    run.world()
        .addVictim(
            new VictimFact(
                caseId,
                pseudonym,
                owner,
                on,
                d.fate() < 15 ? decided : null,
                d.type(),
                d.child(),
                !"KG".equals(d.citizenship()),
                List.copyOf(referrals),
                closure.map(Closure::on).orElse(null)));
  }

  /** The closing on the case's timeline, as closing a case writes it. */
  private static void closed(Run run, UUID caseId, UUID owner, Closure closure) {
    run.work()
        .row(
            UUID.randomUUID(),
            caseId,
            CaseWorkEntry.Kind.CLOSED.name(),
            closure.on(),
            closure.reason().name(),
            owner,
            "synthetic");
  }

  /**
   * The case row: a unique pseudonym, the organisation's next number, the identity sealed, and its
   * closure if it was closed.
   */
  private String registerCase(
      Run run,
      Drawn d,
      UUID caseId,
      UUID owner,
      LocalDate on,
      Person recorded,
      Optional<Closure> closure) {
    SplittableRandom random = run.random();
    boolean latin = recorded != d.person();
    Identity identity =
        new Identity(
            latin ? null : recorded.surname(),
            latin ? null : recorded.givenName(),
            null,
            latin
                ? ((recorded.surname() == null ? "" : recorded.surname())
                        + " "
                        + (recorded.givenName() == null ? "" : recorded.givenName()))
                    .strip()
                : null,
            parse(recorded.birthDate(), d.born()),
            null,
            null,
            null,
            null,
            null);
    String pseudonym;
    do {
      pseudonym = pseudonym(random);
    } while (!run.pseudonyms().add(pseudonym));
    String code = CODES.get(owner);
    int number = run.counters().merge(code + "-" + on.getYear(), 1, Integer::sum);
    String context = "victim_case:" + caseId + ":identity";
    boolean sensitive = d.child() && random.nextInt(3) > 0;
    run.cases()
        .row(
            caseId,
            owner,
            String.format("%s-%d-S%05d", code, on.getYear(), number),
            pseudonym,
            on,
            "f".equals(d.person().sex()) ? "FEMALE" : "MALE",
            d.born().getYear(),
            null,
            List.of(d.citizenship()),
            pick(random, REGIONS),
            d.age(),
            d.child(),
            cipher.encrypt(identity.serialise(), context),
            index.name(identity.searchName()),
            index.date(identity.dateOfBirth()),
            sensitive ? "LEGAL_GUARDIAN" : null,
            sensitive ? on.plusDays(3) : null,
            sensitive ? owner : null,
            "synthetic",
            run.now(),
            run.now(),
            closure.map(Closure::on).orElse(null),
            closure.map(c -> c.reason().name()).orElse(null));
    return pseudonym;
  }
}
