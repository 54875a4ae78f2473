package org.koldoo.victims.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.koldoo.platform.synthetic.BulkCopy;
import org.koldoo.platform.synthetic.SyntheticContributor;
import org.koldoo.platform.synthetic.SyntheticWorld;
import org.koldoo.platform.synthetic.SyntheticWorld.PlannedReferral;
import org.koldoo.platform.synthetic.SyntheticWorld.VictimFact;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.clk.PersonRecipe.Person;
import org.koldoo.privacy.synthetic.SyntheticPeople;
import org.springframework.stereotype.Component;

/**
 * Synthetic persons screened in the NRM: about 400 a year at national scale, of whom about 60 are
 * identified as victims. About one in seven is recorded again by a second organisation — half with
 * the same Cyrillic name and birth date (found by the blind indexes), half in a Latin spelling with
 * typos (found only by linkage). Identity is sealed as for real cases.
 */
@Component
class SyntheticVictims implements SyntheticContributor {

  static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");
  static final UUID BORDER = UUID.fromString("00000000-0000-0000-0000-000000000005");
  static final UUID MFA = UUID.fromString("00000000-0000-0000-0000-000000000007");
  static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");
  static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");
  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");
  static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");

  private static final UUID[] REGISTERING = {
    CC_BISHKEK, CC_BISHKEK, CC_BISHKEK, CC_OSH, CC_OSH, IOM, IOM, MVD, BORDER, MOL, MFA, OSH_CITY
  };
  private static final Set<UUID> GOVERNMENT = Set.of(MOL, MVD, BORDER, MFA, OSH_CITY);
  private static final Map<UUID, String> CODES =
      Map.of(
          MOL,
          "MOL",
          MVD,
          "MVD",
          BORDER,
          "BORDER",
          MFA,
          "MFA",
          OSH_CITY,
          "OSH-CITY",
          CC_BISHKEK,
          "CC-BISHKEK",
          CC_OSH,
          "CC-OSH",
          IOM,
          "IOM");
  private static final String[] CITIZENSHIP = {
    "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG",
    "KG", "UZ", "TJ", "CN"
  };
  private static final String[] EXPLOITED_IN = {
    "RU", "RU", "RU", "RU", "RU", "KZ", "KZ", "KZ", "TR", "TR", "KG", "KG", "AE", "KR", "IN", "UA",
    "GE", "DE"
  };
  private static final String[] SECTORS = {
    "AGRICULTURE", "ANIMAL_HUSBANDRY", "CONSTRUCTION", "CONSTRUCTION", "TEXTILES_AND_GARMENTS",
    "DOMESTIC_WORK", "CHILDCARE", "MINING", "BEGGING", "DRUG_SMUGGLING"
  };
  private static final String[] GROUPS = {
    "RETURNED_MIGRANTS", "RETURNED_MIGRANTS", "RETURNED_MIGRANTS", "PERSONS_IN_COMMERCIAL_SEX",
    "FOREIGN_WORKERS", "CHILDREN_IN_STATE_CARE", "DETAINED_OR_DEPORTED", "JOB_SEEKERS_ABROAD"
  };
  private static final String[] LOCATIONS = {
    "BORDER",
    "NGO_OUTREACH",
    "NGO_OUTREACH",
    "HOTLINE",
    "CONSULATE",
    "LABOUR_INSPECTION",
    "SELF_REFERRAL",
    "RAID_OR_OPERATION"
  };
  private static final String[] MEANS = {
    "DEBT_BONDAGE",
    "TAKES_EARNINGS",
    "THREATS",
    "PHYSICAL_ABUSE",
    "FALSE_PROMISES",
    "RESTRICTS_MOVEMENT",
    "WITHHOLDS_DOCUMENTS",
    "EXCESSIVE_WORKING_HOURS"
  };
  private static final String[] CHANNELS = {
    "ONLINE_PLATFORM",
    "ONLINE_PLATFORM",
    "ACQUAINTANCE",
    "FAMILY",
    "PRIVATE_EMPLOYMENT_AGENCY",
    "ADVERTISEMENT"
  };
  private static final String[] RELATIONS = {
    "FRIEND_OR_ACQUAINTANCE",
    "FRIEND_OR_ACQUAINTANCE",
    "FAMILY_MEMBER",
    "EMPLOYER",
    "RECRUITMENT_AGENCY",
    "STRANGER",
    "INTIMATE_PARTNER"
  };
  private static final String[] SERVICES = {
    "SHELTER", "LEGAL_AID", "MEDICAL", "PSYCHOSOCIAL", "REINTEGRATION", "REPATRIATION"
  };
  private static final String[] REGIONS = {
    "BISHKEK",
    "BISHKEK",
    "OSH_CITY",
    "CHUI",
    "OSH",
    "JALAL_ABAD",
    "BATKEN",
    "ISSYK_KUL",
    "NARYN",
    "TALAS"
  };

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

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  @Override
  public void generate(SyntheticWorld world) {
    SplittableRandom random = world.random("victims");
    SyntheticPeople people = new SyntheticPeople(random);
    BulkCopy bulk = world.bulk();
    try (var cases =
            bulk.into(
                "victim_case",
                List.of(
                    "id",
                    "organisation_id",
                    "case_number",
                    "pseudonym",
                    "registered_on",
                    "sex",
                    "birth_year",
                    "estimated_age",
                    "citizenships",
                    "region",
                    "age_at_exploitation",
                    "child",
                    "identity_ciphertext",
                    "name_index",
                    "birth_date_index",
                    "guardian_type",
                    "best_interests_on",
                    "best_interests_by",
                    "created_by",
                    "created_at",
                    "updated_at"));
        var screenings =
            bulk.into(
                "victim_screening",
                List.of(
                    "id",
                    "case_id",
                    "screened_on",
                    "location",
                    "vulnerable_group",
                    "indicators",
                    "proposes_presumed",
                    "organisation_id",
                    "recorded_by"));
        var decisions =
            bulk.into(
                "victim_identification",
                List.of(
                    "id",
                    "case_id",
                    "decided_on",
                    "status",
                    "deciding_organisation_id",
                    "exploitation_types",
                    "sectors",
                    "sexual_exploitation_types",
                    "means_of_control",
                    "recruitment_channel",
                    "recruiter_relation",
                    "countries_of_exploitation",
                    "recorded_by"));
        var consents =
            bulk.into(
                "victim_consent",
                List.of(
                    "id", "case_id", "purpose", "given_on", "given_by_guardian", "recorded_by"));
        var returns =
            bulk.into(
                "victim_return",
                List.of(
                    "id",
                    "case_id",
                    "kind",
                    "event_on",
                    "country",
                    "organisation_id",
                    "recorded_by"));
        var grants =
            bulk.into(
                "victim_access_grant",
                List.of(
                    "id", "case_id", "organisation_id", "referral_id", "accepted", "granted_at"))) {
      Run run =
          new Run(
              world,
              random,
              people,
              new HashMap<>(),
              new HashSet<>(),
              Instant.now(),
              cases,
              screenings,
              decisions,
              consents,
              returns,
              grants);
      for (int year = world.firstYear(); year <= world.lastYear(); year++) {
        int persons = world.scaled(400);
        for (int n = 0; n < persons; n++) {
          person(run, year);
        }
      }
      bulk.execute(PersonKeys.REFRESH_ALL);
      world.counted("victim_case", cases.written());
      world.counted("victim_screening", screenings.written());
      world.counted("victim_identification", decisions.written());
      world.counted("victim_consent", consents.written());
      world.counted("victim_return", returns.written());
      world.counted("victim_access_grant", grants.written());
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
    String pseudonym = registerCase(run, d, caseId, owner, on, recorded);
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
                List.copyOf(referrals)));
  }

  /** The case row: a unique pseudonym, the organisation's next number, the identity sealed. */
  private String registerCase(
      Run run, Drawn d, UUID caseId, UUID owner, LocalDate on, Person recorded) {
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
            run.now());
    return pseudonym;
  }

  /** The identification decision: identified, presumed or not a victim, as the fate says. */
  private void identify(Run run, Drawn d, UUID caseId, UUID owner, LocalDate decided) {
    SplittableRandom random = run.random();
    int fate = d.fate();
    String status =
        fate < 15 ? "IDENTIFIED_VICTIM" : fate < 25 ? "PRESUMED_VICTIM" : "NOT_A_VICTIM";
    run.decisions()
        .row(
            UUID.randomUUID(),
            caseId,
            decided,
            status,
            owner,
            List.of(d.type()),
            d.type().equals("FORCED_LABOUR") ? List.of(pick(random, SECTORS)) : null,
            d.type().equals("SEXUAL_EXPLOITATION") ? List.of("PROSTITUTION") : null,
            means(random),
            pick(random, CHANNELS),
            pick(random, RELATIONS),
            List.of(pick(random, EXPLOITED_IN)),
            "synthetic");
  }

  /** Most victims are referred once or twice; each referral opens the case to its receiver. */
  private List<PlannedReferral> refer(Run run, UUID caseId, UUID owner, LocalDate decided) {
    SplittableRandom random = run.random();
    List<PlannedReferral> referrals = new ArrayList<>();
    if (random.nextInt(10) < 8) {
      int count = 1 + random.nextInt(2);
      for (int r = 0; r < count; r++) {
        UUID to =
            GOVERNMENT.contains(owner)
                ? pick(random, new UUID[] {CC_BISHKEK, CC_OSH, IOM})
                : random.nextInt(4) == 0 ? MOL : owner.equals(IOM) ? CC_BISHKEK : IOM;
        if (to.equals(owner)) {
          continue;
        }
        PlannedReferral referral =
            new PlannedReferral(
                UUID.randomUUID(),
                to,
                pick(random, SERVICES),
                decided.plusDays(random.nextInt(10)));
        referrals.add(referral);
        run.grants().row(UUID.randomUUID(), caseId, to, referral.id(), true, run.now());
      }
    }
    return referrals;
  }

  /** Some foreign victims go home; some nationals had consular help abroad. */
  private void returnHome(Run run, Drawn d, UUID caseId, LocalDate decided) {
    SplittableRandom random = run.random();
    if (!"KG".equals(d.citizenship()) && random.nextInt(3) == 0) {
      run.returns()
          .row(
              UUID.randomUUID(),
              caseId,
              "REPATRIATION_OF_FOREIGN_VICTIM",
              decided.plusDays(30),
              d.citizenship(),
              MFA,
              "synthetic");
    } else if (random.nextInt(8) == 0) {
      run.returns()
          .row(
              UUID.randomUUID(),
              caseId,
              "CONSULAR_ASSISTANCE",
              decided.minusDays(5),
              pick(random, EXPLOITED_IN),
              MFA,
              "synthetic");
    }
  }

  /** One or two means of control, as the case form stores them: distinct and sorted. */
  private static List<String> means(SplittableRandom random) {
    java.util.TreeSet<String> means = new java.util.TreeSet<>();
    means.add(pick(random, MEANS));
    if (random.nextBoolean()) {
      means.add(pick(random, MEANS));
    }
    return List.copyOf(means);
  }

  private static LocalDate parse(String basic, LocalDate fallback) {
    try {
      return LocalDate.parse(basic, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static String pseudonym(SplittableRandom random) {
    StringBuilder out = new StringBuilder("V-");
    for (int i = 0; i < 8; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
