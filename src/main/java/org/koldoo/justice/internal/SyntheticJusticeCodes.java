package org.koldoo.justice.internal;

import java.util.UUID;

/** The bodies, articles, origins and names a synthetic justice dataset is drawn from. */
final class SyntheticJusticeCodes {

  private SyntheticJusticeCodes() {}

  static final UUID MVD = UUID.fromString("00000000-0000-0000-0000-000000000002");

  static final UUID PGO = UUID.fromString("00000000-0000-0000-0000-000000000003");

  static final UUID COURTS = UUID.fromString("00000000-0000-0000-0000-000000000004");

  static final UUID ART_166 = UUID.fromString("10000000-0000-0000-0000-000000000166");

  static final UUID ART_170 = UUID.fromString("10000000-0000-0000-0000-000000000170");

  static final UUID ART_159 = UUID.fromString("10000000-0000-0000-0000-000000000159");

  static final UUID[] LESSER = {
    UUID.fromString("20000000-0000-0000-0000-000000000001"),
    UUID.fromString("20000000-0000-0000-0000-000000000002"),
    UUID.fromString("20000000-0000-0000-0000-000000000003"),
    UUID.fromString("20000000-0000-0000-0000-000000000004"),
    UUID.fromString("20000000-0000-0000-0000-000000000005")
  };

  static final String[] ORIGINS = {
    "POLICE_INITIATIVE", "POLICE_INITIATIVE", "VICTIM_COMPLAINT", "NGO_OR_IO_COMPLAINT",
    "LABOUR_INSPECTION", "HOTLINE", "FOREIGN_REQUEST", "ENFORCEMENT_OPERATION"
  };

  /** The body a public official among the defendants serves, as an investigator writes it. */
  static final String[] OFFICIAL_BODIES = {
    "Районный отдел милиции", "Айыл өкмөтү", "Государственная миграционная служба"
  };

  static final String[] NAMES = {
    "Асанов Бакыт", "Мамытова Айгүл", "Исаков Нурлан", "Omurov Talant", "Жумабаев Эрлан"
  };
}
