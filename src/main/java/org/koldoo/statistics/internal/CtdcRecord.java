package org.koldoo.statistics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person as CTDC's global dataset holds them: CTDC's 63 published columns in CTDC's order,
 * CTDC's codes, unknown left empty.
 */
final class CtdcRecord {
  private CtdcRecord() {}

  /**
   * CTDC's published columns, in CTDC's order: the header of the CTDC global k-anonymised dataset
   * (63 columns). Written exactly so; a value Koldoo does not record is left empty, as CTDC leaves
   * what is not reported.
   */
  static final List<String> CTDC_COLUMNS =
      List.of(
          "yearOfRegistration",
          "Datasource",
          "gender",
          "ageBroad",
          "majorityStatus",
          "majorityStatusAtExploit",
          "majorityEntry",
          "citizenship",
          "meansOfControlDebtBondage",
          "meansOfControlTakesEarnings",
          "meansOfControlRestrictsFinancialAccess",
          "meansOfControlThreats",
          "meansOfControlPsychologicalAbuse",
          "meansOfControlPhysicalAbuse",
          "meansOfControlSexualAbuse",
          "meansOfControlFalsePromises",
          "meansOfControlPsychoactiveSubstances",
          "meansOfControlRestrictsMovement",
          "meansOfControlRestrictsMedicalCare",
          "meansOfControlExcessiveWorkingHours",
          "meansOfControlUsesChildren",
          "meansOfControlThreatOfLawEnforcement",
          "meansOfControlWithholdsNecessities",
          "meansOfControlWithholdsDocuments",
          "meansOfControlOther",
          "meansOfControlNotSpecified",
          "meansOfControlConcatenated",
          "isForcedLabour",
          "isSexualExploit",
          "isOtherExploit",
          "isSexAndLabour",
          "isForcedMarriage",
          "isForcedMilitary",
          "isOrganRemoval",
          "isSlaveryAndPractices",
          "typeOfExploitConcatenated",
          "typeOfLabourAgriculture",
          "typeOfLabourAquafarming",
          "typeOfLabourBegging",
          "typeOfLabourConstruction",
          "typeOfLabourDomesticWork",
          "typeOfLabourHospitality",
          "typeOfLabourIllicitActivities",
          "typeOfLabourManufacturing",
          "typeOfLabourMiningOrDrilling",
          "typeOfLabourPeddling",
          "typeOfLabourTransportation",
          "typeOfLabourOther",
          "typeOfLabourNotSpecified",
          "typeOfLabourConcatenated",
          "typeOfSexProstitution",
          "typeOfSexPornography",
          "typeOfSexRemoteInteractiveServices",
          "typeOfSexPrivateSexualServices",
          "typeOfSexConcatenated",
          "isAbduction",
          "RecruiterRelationship",
          "CountryOfExploitation",
          "recruiterRelationIntimatePartner",
          "recruiterRelationFriend",
          "recruiterRelationFamily",
          "recruiterRelationOther",
          "recruiterRelationUnknown");

  /** What CTDC's Datasource column says of records kept by case workers. */
  static final String DATASOURCE = "Case Management";

  /** Koldoo's means of control, each with its CTDC column suffix and label. */
  private static final Map<String, String[]> MEANS =
      Map.ofEntries(
          Map.entry("DEBT_BONDAGE", new String[] {"DebtBondage", "Debt bondage"}),
          Map.entry("TAKES_EARNINGS", new String[] {"TakesEarnings", "Takes earnings"}),
          Map.entry(
              "RESTRICTS_FINANCIAL_ACCESS",
              new String[] {"RestrictsFinancialAccess", "Restricts financial access"}),
          Map.entry("THREATS", new String[] {"Threats", "Threats"}),
          Map.entry(
              "PSYCHOLOGICAL_ABUSE", new String[] {"PsychologicalAbuse", "Psychological abuse"}),
          Map.entry("PHYSICAL_ABUSE", new String[] {"PhysicalAbuse", "Physical abuse"}),
          Map.entry("SEXUAL_ABUSE", new String[] {"SexualAbuse", "Sexual abuse"}),
          Map.entry("FALSE_PROMISES", new String[] {"FalsePromises", "False promises"}),
          Map.entry(
              "PSYCHOACTIVE_SUBSTANCES",
              new String[] {"PsychoactiveSubstances", "Psychoactive substances"}),
          Map.entry("RESTRICTS_MOVEMENT", new String[] {"RestrictsMovement", "Restricts movement"}),
          Map.entry(
              "RESTRICTS_MEDICAL_CARE",
              new String[] {"RestrictsMedicalCare", "Restricts medical care"}),
          Map.entry(
              "EXCESSIVE_WORKING_HOURS",
              new String[] {"ExcessiveWorkingHours", "Excessive working hours"}),
          Map.entry("USES_CHILDREN", new String[] {"UsesChildren", "Uses children"}),
          Map.entry(
              "THREAT_OF_LAW_ENFORCEMENT",
              new String[] {"ThreatOfLawEnforcement", "Threat of law enforcement"}),
          Map.entry(
              "WITHHOLDS_NECESSITIES",
              new String[] {"WithholdsNecessities", "Withholds necessities"}),
          Map.entry(
              "WITHHOLDS_DOCUMENTS", new String[] {"WithholdsDocuments", "Withholds documents"}),
          Map.entry("OTHER", new String[] {"Other", "Other"}));

  private static final Map<String, String> LABOUR =
      Map.ofEntries(
          Map.entry("AGRICULTURE", "Agriculture"),
          Map.entry("ANIMAL_HUSBANDRY", "Agriculture"),
          Map.entry("FISHING", "Aquafarming"),
          Map.entry("BEGGING", "Begging"),
          Map.entry("CONSTRUCTION", "Construction"),
          Map.entry("DOMESTIC_WORK", "DomesticWork"),
          Map.entry("CHILDCARE", "DomesticWork"),
          Map.entry("HOSPITALITY", "Hospitality"),
          Map.entry("DRUG_SMUGGLING", "IllicitActivities"),
          Map.entry("MANUFACTURING", "Manufacturing"),
          Map.entry("TEXTILES_AND_GARMENTS", "Manufacturing"),
          Map.entry("MINING", "MiningOrDrilling"),
          Map.entry("ARMED_GROUPS", "Other"),
          Map.entry("OTHER", "Other"));
  private static final List<String> LABOUR_COLUMNS =
      List.of(
          "Agriculture",
          "Aquafarming",
          "Begging",
          "Construction",
          "DomesticWork",
          "Hospitality",
          "IllicitActivities",
          "Manufacturing",
          "MiningOrDrilling",
          "Peddling",
          "Transportation",
          "Other",
          "NotSpecified");
  private static final Map<String, String> SEX_TYPES =
      Map.of(
          "PROSTITUTION", "Prostitution",
          "PORNOGRAPHY", "Pornography",
          "REMOTE_OR_WEBCAM", "RemoteInteractiveServices",
          "SEXUAL_SERVITUDE", "PrivateSexualServices");
  private static final List<String> SEX_COLUMNS =
      List.of("Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices");
  private static final Map<String, String> RECRUITER =
      Map.of(
          "INTIMATE_PARTNER", "IntimatePartner",
          "FRIEND_OR_ACQUAINTANCE", "Friend",
          "FAMILY_MEMBER", "Family",
          "EMPLOYER", "Other",
          "RECRUITMENT_AGENCY", "Other",
          "STRANGER", "Other",
          "OTHER", "Other");
  private static final List<String> RECRUITER_COLUMNS =
      List.of("IntimatePartner", "Friend", "Family", "Other", "Unknown");

  static final List<String> HEADER = CTDC_COLUMNS;

  /** A stored code list ("A,B"); a code written twice counts once. */
  static Set<String> set(String csv) {
    return csv == null || csv.isBlank()
        ? Set.of()
        : Set.copyOf(java.util.Arrays.asList(csv.split(",")));
  }

  static Map<String, String> row(
      int year,
      String sex,
      Integer age,
      boolean child,
      String citizenship,
      String countries,
      Set<String> types,
      Set<String> sectors,
      Set<String> sexTypes,
      Set<String> means,
      String recruiter) {
    return row(
        year,
        sex,
        age,
        child,
        citizenship,
        countries,
        types,
        sectors,
        sexTypes,
        means,
        recruiter,
        Set.of());
  }

  /**
   * One person as CTDC's columns hold them. Unknown values are left empty. {@code majorityStatus}
   * is the age when registered; {@code majorityStatusAtExploit} is "Minor" for a person recorded as
   * a child when exploited and empty otherwise (an adult now may have been a child then); {@code
   * majorityEntry} is not recorded. Every country of exploitation is written, separated by {@code
   * ;} as CTDC's concatenated columns are.
   */
  static Map<String, String> row(
      int year,
      String sex,
      Integer age,
      boolean child,
      String citizenship,
      String countries,
      Set<String> types,
      Set<String> sectors,
      Set<String> sexTypes,
      Set<String> means,
      String recruiter,
      Set<String> recruitment) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("yearOfRegistration", Integer.toString(year));
    r.put("Datasource", DATASOURCE);
    r.put(
        "gender",
        sex == null
            ? ""
            : switch (sex) {
              case "FEMALE" -> "Female";
              case "MALE" -> "Male";
              case "TRANSGENDER_OR_NONCONFORMING" -> "Transgender/NonConforming";
              default -> "";
            });
    r.put("ageBroad", ageBroad(age));
    r.put("majorityStatus", age == null ? "" : age < 18 ? "Minor" : "Adult");
    r.put("majorityStatusAtExploit", child ? "Minor" : "");
    r.put("majorityEntry", "");
    r.put("citizenship", citizenship == null ? "" : citizenship);
    Map<String, String> labels = new HashMap<>();
    for (var e : MEANS.entrySet()) {
      boolean on = means.contains(e.getKey());
      r.put("meansOfControl" + e.getValue()[0], flag(on));
      if (on) {
        labels.put("meansOfControl" + e.getValue()[0], e.getValue()[1]);
      }
    }
    // labelled in CTDC's column order
    List<String> meansLabels =
        CTDC_COLUMNS.stream().filter(labels::containsKey).map(labels::get).toList();
    r.put("meansOfControlNotSpecified", flag(means.isEmpty()));
    r.put("meansOfControlConcatenated", means.isEmpty() ? "Not specified" : join(meansLabels));
    boolean labour = types.contains("FORCED_LABOUR");
    boolean sexual = types.contains("SEXUAL_EXPLOITATION");
    boolean other =
        types.stream()
            .anyMatch(t -> !t.equals("FORCED_LABOUR") && !t.equals("SEXUAL_EXPLOITATION"));
    r.put("isForcedLabour", flag(labour));
    r.put("isSexualExploit", flag(sexual));
    r.put("isOtherExploit", flag(other));
    r.put("isSexAndLabour", flag(labour && sexual));
    r.put("isForcedMarriage", flag(types.contains("FORCED_MARRIAGE")));
    r.put("isForcedMilitary", flag(types.contains("ARMED_GROUPS")));
    r.put("isOrganRemoval", flag(types.contains("ORGAN_REMOVAL")));
    r.put("isSlaveryAndPractices", flag(types.contains("SLAVERY_OR_SIMILAR")));
    List<String> exploits = new ArrayList<>();
    if (labour) {
      exploits.add("Forced labour");
    }
    if (sexual) {
      exploits.add("Sexual exploitation");
    }
    if (other) {
      exploits.add("Other");
    }
    r.put("typeOfExploitConcatenated", join(exploits));
    List<String> labourTypes = new ArrayList<>();
    for (String c : LABOUR_COLUMNS) {
      boolean on =
          c.equals("NotSpecified")
              ? labour && sectors.isEmpty()
              : sectors.stream().anyMatch(x -> c.equals(LABOUR.get(x)));
      r.put("typeOfLabour" + c, flag(on));
      if (on && !c.equals("NotSpecified")) {
        labourTypes.add(c);
      }
    }
    r.put("typeOfLabourConcatenated", join(labourTypes));
    List<String> sexKinds = new ArrayList<>();
    for (String c : SEX_COLUMNS) {
      boolean on = sexTypes.stream().anyMatch(x -> c.equals(SEX_TYPES.get(x)));
      r.put("typeOfSex" + c, flag(on));
      if (on) {
        sexKinds.add(c);
      }
    }
    r.put("typeOfSexConcatenated", join(sexKinds));
    r.put("isAbduction", flag(recruitment.contains("ABDUCTION_OR_BRIDE_KIDNAPPING")));
    String relation = recruiter == null ? "Unknown" : RECRUITER.getOrDefault(recruiter, "Other");
    r.put("RecruiterRelationship", relation.equals("Unknown") ? "" : relation);
    r.put(
        "CountryOfExploitation",
        countries == null || countries.isBlank()
            ? ""
            : join(java.util.Arrays.stream(countries.split(",")).map(String::strip).toList()));
    for (String c : RECRUITER_COLUMNS) {
      r.put("recruiterRelation" + c, flag(c.equals(relation)));
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    CTDC_COLUMNS.forEach(c -> ordered.put(c, r.get(c)));
    return ordered;
  }

  private static String join(List<String> values) {
    return String.join(";", values);
  }

  private static String flag(boolean on) {
    return on ? "1" : "0";
  }

  /** CTDC's age band, empty when the age is not known. */
  static String ageBroad(Integer age) {
    if (age == null) {
      return "";
    }
    if (age <= 8) return "0--8";
    if (age <= 17) return "9--17";
    if (age <= 20) return "18--20";
    if (age <= 23) return "21--23";
    if (age <= 26) return "24--26";
    if (age <= 29) return "27--29";
    if (age <= 38) return "30--38";
    if (age <= 47) return "39--47";
    return "48+";
  }
}
