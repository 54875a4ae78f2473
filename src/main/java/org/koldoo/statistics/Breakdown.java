package org.koldoo.statistics;

import org.koldoo.platform.web.CodeList;

/**
 * A dimension a figure is broken down by. {@link #codeList()} names the code list whose labels the
 * breakdown's keys are ({@code null}: keys are shown as they are; {@code "Country"}: ISO codes).
 */
public enum Breakdown implements CodeList {
  EXPLOITATION_TYPE("ExploitationType"),
  SEX("Sex"),
  AGE_GROUP("AgeGroup"),
  CITIZENSHIP("Country"),
  IDENTIFYING_BODY("IdentifyingBody"),
  ARTICLE(null),
  REGION("region"),
  COUNTRY_OF_EXPLOITATION("Country"),
  SECTOR("Sector"),
  RECRUITMENT_CHANNEL("RecruitmentChannel"),
  VULNERABLE_GROUP("VulnerableGroup"),
  SCREENING_LOCATION("ScreeningLocation"),
  ORIGIN("CaseOrigin"),
  SENTENCE("SentenceBand"),
  PROFESSION("Profession"),
  ORGANISER(null),
  FUNDER(null),
  PROVIDER(null),
  SERVICE_TYPE("ServiceType"),
  RETURN_COUNTRY("Country"),
  EVENT_TYPE("EventType"),
  ORGANISATION_TYPE("organisationType"),
  NAP_STATUS("NapReportStatus"),
  CHANNEL("CallChannel"),
  CALL_OUTCOME("CallOutcome"),
  SITE_TYPE("SiteType"),
  CHILD_VICTIM("ChildVictim"),
  TRAFFICKING_AMONG_OFFENCES("TraffickingAmongOffences"),
  MEASURE("DetentionMeasure"),
  SUPPORT_KIND("SupportKind"),
  DEMAND_ACTION_KIND("DemandActionKind"),
  HARASSMENT_TARGET("HarassmentTarget"),
  CASE_CLOSE_REASON("CaseCloseReason");

  private final String codeList;

  Breakdown(String codeList) {
    this.codeList = codeList;
  }

  public String codeList() {
    return codeList;
  }
}
