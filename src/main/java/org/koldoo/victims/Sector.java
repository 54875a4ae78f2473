package org.koldoo.victims;

import org.koldoo.platform.web.CodeList;

/** Sector of exploitation, with its ISIC Rev. 4 section where one applies. */
public enum Sector implements CodeList {
  AGRICULTURE("A"),
  ANIMAL_HUSBANDRY("A"),
  FISHING("A"),
  MINING("B"),
  MANUFACTURING("C"),
  TEXTILES_AND_GARMENTS("C"),
  CONSTRUCTION("F"),
  HOSPITALITY("I"),
  DOMESTIC_WORK("T"),
  CHILDCARE("T"),
  BEGGING(null),
  DRUG_SMUGGLING(null),
  ARMED_GROUPS(null),
  OTHER(null);

  private final String isicSection;

  Sector(String isicSection) {
    this.isicSection = isicSection;
  }

  public String isicSection() {
    return isicSection;
  }
}
