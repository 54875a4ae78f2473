package org.koldoo.statistics;

import org.koldoo.platform.web.CodeList;

/** What one counted item of an indicator is; persons and cases are never mixed. */
public enum Unit implements CodeList {
  PERSONS,
  CASES,
  EVENTS,
  SCREENINGS,
  CALLS,
  INSPECTIONS,
  OPERATIONS,
  OFFENCES,
  PARTICIPANTS,
  CAMPAIGNS,
  MEETINGS,
  ACTIVITIES,
  AGENCIES,
  REPORTS,
  ORGANISATIONS,
  SOM,
  ACTIONS,
  INCIDENTS
}
