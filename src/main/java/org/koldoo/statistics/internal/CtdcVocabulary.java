package org.koldoo.statistics.internal;

import java.util.List;
import java.util.Map;

/**
 * CTDC's columns in CTDC's order, and how Koldoo's codes map onto CTDC's column names and labels.
 */
final class CtdcVocabulary {

  private CtdcVocabulary() {}

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
  static final Map<String, String[]> MEANS =
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

  static final Map<String, String> LABOUR =
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

  static final List<String> LABOUR_COLUMNS =
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

  static final Map<String, String> SEX_TYPES =
      Map.of(
          "PROSTITUTION", "Prostitution",
          "PORNOGRAPHY", "Pornography",
          "REMOTE_OR_WEBCAM", "RemoteInteractiveServices",
          "SEXUAL_SERVITUDE", "PrivateSexualServices");

  static final List<String> SEX_COLUMNS =
      List.of("Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices");

  static final Map<String, String> RECRUITER =
      Map.of(
          "INTIMATE_PARTNER", "IntimatePartner",
          "FRIEND_OR_ACQUAINTANCE", "Friend",
          "FAMILY_MEMBER", "Family",
          "EMPLOYER", "Other",
          "RECRUITMENT_AGENCY", "Other",
          "STRANGER", "Other",
          "OTHER", "Other");

  static final List<String> RECRUITER_COLUMNS =
      List.of("IntimatePartner", "Friend", "Family", "Other", "Unknown");
}
