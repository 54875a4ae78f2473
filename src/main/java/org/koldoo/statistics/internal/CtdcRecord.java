package org.koldoo.statistics.internal;

import static org.koldoo.statistics.internal.CtdcVocabulary.*;

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
    putMeans(r, means);
    boolean labour = putExploitation(r, types);
    putLabourTypes(r, sectors, labour);
    putSexTypes(r, sexTypes);
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

  /** A flag per means of control and their labels joined in CTDC's column order. */
  private static void putMeans(Map<String, String> r, Set<String> means) {
    Map<String, String> labels = new HashMap<>();
    for (var e : MEANS.entrySet()) {
      boolean on = means.contains(e.getKey());
      r.put("meansOfControl" + e.getValue()[0], flag(on));
      if (on) {
        labels.put("meansOfControl" + e.getValue()[0], e.getValue()[1]);
      }
    }
    List<String> meansLabels =
        CTDC_COLUMNS.stream().filter(labels::containsKey).map(labels::get).toList();
    r.put("meansOfControlNotSpecified", flag(means.isEmpty()));
    r.put("meansOfControlConcatenated", means.isEmpty() ? "Not specified" : join(meansLabels));
  }

  /** The forms of exploitation as CTDC's flags and its concatenated column; whether labour. */
  private static boolean putExploitation(Map<String, String> r, Set<String> types) {
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
    return labour;
  }

  /** The sectors of forced labour; "not specified" is forced labour with no sector recorded. */
  private static void putLabourTypes(Map<String, String> r, Set<String> sectors, boolean labour) {
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
  }

  /** The forms of sexual exploitation. */
  private static void putSexTypes(Map<String, String> r, Set<String> sexTypes) {
    List<String> sexKinds = new ArrayList<>();
    for (String c : SEX_COLUMNS) {
      boolean on = sexTypes.stream().anyMatch(x -> c.equals(SEX_TYPES.get(x)));
      r.put("typeOfSex" + c, flag(on));
      if (on) {
        sexKinds.add(c);
      }
    }
    r.put("typeOfSexConcatenated", join(sexKinds));
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
