/**
 * Statistics: the indicator catalogue, the annual country report for any period, the dashboard, and
 * the international exports (UNODC GLOTIP, HTCDS/CTDC) with disclosure control. Reads only the
 * other modules' published {@code facts_*} views, never their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.koldoo.statistics;
