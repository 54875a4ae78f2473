package org.koldoo.prevention.internal;

import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.UUID;

/** The reference bodies and code lists the synthetic prevention registries are drawn from. */
final class SyntheticPreventionCodes {

  private SyntheticPreventionCodes() {}

  static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

  static final UUID IOM = UUID.fromString("00000000-0000-0000-0000-000000000013");

  static final UUID CC_BISHKEK = UUID.fromString("00000000-0000-0000-0000-000000000011");

  static final UUID MOL = UUID.fromString("00000000-0000-0000-0000-000000000001");

  static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");

  static final String[] CHANNELS = {"PHONE", "PHONE", "PHONE", "MESSENGER", "APP", "WALK_IN"};

  static final String[] CALLERS = {
    "MIGRANT_OR_FAMILY",
    "MIGRANT_OR_FAMILY",
    "JOB_SEEKER",
    "POTENTIAL_VICTIM",
    "WITNESS_OR_THIRD_PARTY",
    "OFFICIAL",
    "OTHER"
  };

  static final String[] TOPICS = {
    "SAFE_MIGRATION", "SAFE_MIGRATION", "LABOUR_RIGHTS", "LEGAL_ADVICE", "OTHER"
  };

  static final String[] SITES = {
    "FACTORY", "FARM", "CONSTRUCTION", "INFRASTRUCTURE_SITE", "MINING_SITE", "SHOP_OR_SERVICE"
  };

  static final String[] REGIONS = {"BISHKEK", "OSH_CITY", "CHUI", "OSH", "JALAL_ABAD"};

  static final UUID[] SOP_BODIES = {
    MOL,
    MVD,
    UUID.fromString("00000000-0000-0000-0000-000000000003"),
    UUID.fromString("00000000-0000-0000-0000-000000000005"),
    UUID.fromString("00000000-0000-0000-0000-000000000006"),
    UUID.fromString("00000000-0000-0000-0000-000000000007"),
    UUID.fromString("00000000-0000-0000-0000-000000000008"),
    UUID.fromString("00000000-0000-0000-0000-000000000009"),
    UUID.fromString("00000000-0000-0000-0000-000000000010"),
    UUID.fromString("00000000-0000-0000-0000-000000000014")
  };

  static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  static final String[] INSPECTED_SECTORS = {
    "AGRICULTURE", "CONSTRUCTION", "TEXTILES_AND_GARMENTS", "MINING"
  };

  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");

  static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");
}
