package org.koldoo.prevention;

import org.koldoo.platform.web.CodeList;

/**
 * Kind of workplace inspected; infrastructure and mining sites with foreign workers are named
 * apart.
 */
public enum SiteType implements CodeList {
  FACTORY,
  FARM,
  CONSTRUCTION,
  INFRASTRUCTURE_SITE,
  MINING_SITE,
  SHOP_OR_SERVICE,
  HOUSEHOLD,
  OTHER
}
