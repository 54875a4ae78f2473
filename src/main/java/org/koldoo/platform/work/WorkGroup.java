package org.koldoo.platform.work;

import java.util.List;

/**
 * Work items of one kind, e.g. "referrals waiting for your answer".
 *
 * @param titleKey message key of the group's heading
 * @param screenPath the navigation entry whose badge counts this group, or null
 * @param count how many there are, which may be more than the items listed
 * @param items the most pressing ones, at most {@link #LISTED}
 * @param moreHref where all of them are listed, or null
 */
public record WorkGroup(
    String titleKey, String screenPath, int count, List<WorkItem> items, String moreHref) {

  /** Items listed per group on the home page. */
  public static final int LISTED = 10;

  public WorkGroup {
    items = List.copyOf(items.subList(0, Math.min(items.size(), LISTED)));
  }

  public boolean urgent() {
    return items.stream().anyMatch(WorkItem::urgent);
  }
}
