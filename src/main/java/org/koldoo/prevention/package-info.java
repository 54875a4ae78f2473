/**
 * Prevention registries: the hotline and the licence registry of private employment agencies (with
 * its public search), complaints and fee reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prevention")
package org.koldoo.prevention;
