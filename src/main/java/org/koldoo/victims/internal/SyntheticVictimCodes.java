package org.koldoo.victims.internal;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/** The reference bodies, code lists and shares a synthetic victims dataset is drawn from. */
final class SyntheticVictimCodes {

  private SyntheticVictimCodes() {}

  static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");

  static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");

  static final UUID BORDER = UUID.fromString("00000000-0000-0000-0000-000000000005");

  static final UUID MFA = UUID.fromString("00000000-0000-0000-0000-000000000007");

  static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");

  static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");

  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");

  static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");

  static final UUID[] REGISTERING = {
    CC_BISHKEK, CC_BISHKEK, CC_BISHKEK, CC_OSH, CC_OSH, IOM, IOM, MVD, BORDER, MOL, MFA, OSH_CITY
  };

  static final Set<UUID> GOVERNMENT = Set.of(MOL, MVD, BORDER, MFA, OSH_CITY);

  static final Map<UUID, String> CODES =
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

  static final String[] CITIZENSHIP = {
    "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG", "KG",
    "KG", "UZ", "TJ", "CN"
  };

  static final String[] EXPLOITED_IN = {
    "RU", "RU", "RU", "RU", "RU", "KZ", "KZ", "KZ", "TR", "TR", "KG", "KG", "AE", "KR", "IN", "UA",
    "GE", "DE"
  };

  static final String[] SECTORS = {
    "AGRICULTURE", "ANIMAL_HUSBANDRY", "CONSTRUCTION", "CONSTRUCTION", "TEXTILES_AND_GARMENTS",
    "DOMESTIC_WORK", "CHILDCARE", "MINING", "BEGGING", "DRUG_SMUGGLING"
  };

  static final String[] GROUPS = {
    "RETURNED_MIGRANTS", "RETURNED_MIGRANTS", "RETURNED_MIGRANTS", "PERSONS_IN_COMMERCIAL_SEX",
    "FOREIGN_WORKERS", "CHILDREN_IN_STATE_CARE", "DETAINED_OR_DEPORTED", "JOB_SEEKERS_ABROAD"
  };

  static final String[] LOCATIONS = {
    "BORDER",
    "NGO_OUTREACH",
    "NGO_OUTREACH",
    "HOTLINE",
    "CONSULATE",
    "LABOUR_INSPECTION",
    "SELF_REFERRAL",
    "RAID_OR_OPERATION"
  };

  static final String[] MEANS = {
    "DEBT_BONDAGE",
    "TAKES_EARNINGS",
    "THREATS",
    "PHYSICAL_ABUSE",
    "FALSE_PROMISES",
    "RESTRICTS_MOVEMENT",
    "WITHHOLDS_DOCUMENTS",
    "EXCESSIVE_WORKING_HOURS"
  };

  static final String[] CHANNELS = {
    "ONLINE_PLATFORM",
    "ONLINE_PLATFORM",
    "ACQUAINTANCE",
    "FAMILY",
    "PRIVATE_EMPLOYMENT_AGENCY",
    "ADVERTISEMENT"
  };

  static final String[] RELATIONS = {
    "FRIEND_OR_ACQUAINTANCE",
    "FRIEND_OR_ACQUAINTANCE",
    "FAMILY_MEMBER",
    "EMPLOYER",
    "RECRUITMENT_AGENCY",
    "STRANGER",
    "INTIMATE_PARTNER"
  };

  static final String[] SERVICES = {
    "SHELTER", "LEGAL_AID", "MEDICAL", "PSYCHOSOCIAL", "REINTEGRATION", "REPATRIATION"
  };

  static final String[] REGIONS = {
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

  static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
}
