package org.koldoo.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of the navigation bar: a screen, or the screens of one area under the area's name. A
 * person with many screens (the national roles) sees them by area, so that the bar stays one line
 * at 1366 px in every language; a person with few sees each screen at once.
 *
 * @param labelKey the area's message key; null for a lone screen
 * @param screens the screens behind the entry, in navigation order
 */
public record MenuEntry(String labelKey, List<Screen> screens) {

  /** More entries than this and the screens are shown by area. */
  static final int FLAT_AT_MOST = 7;

  public MenuEntry {
    screens = List.copyOf(screens);
  }

  public boolean group() {
    return labelKey != null;
  }

  /** The first screen, for an entry that is a lone screen. */
  public Screen screen() {
    return screens.get(0);
  }

  /** What waits behind the entry's screens together, for its badge; 0 for nothing. */
  public int waiting(Map<String, Integer> counts) {
    return screens.stream().mapToInt(s -> counts.getOrDefault(s.path(), 0)).sum();
  }

  /** The menu of a person's visible screens, by area when there are many of them. */
  public static List<MenuEntry> of(List<Screen> visible) {
    if (visible.size() <= FLAT_AT_MOST) {
      return visible.stream().map(s -> new MenuEntry(null, List.of(s))).toList();
    }
    // in navigation order, each area where its first screen stands; a lone screen under its path
    Map<String, List<Screen>> places = new LinkedHashMap<>();
    for (Screen screen : visible) {
      String area = area(screen);
      places
          .computeIfAbsent(area == null ? screen.path() : area, a -> new ArrayList<>())
          .add(screen);
    }
    List<MenuEntry> menu = new ArrayList<>();
    places.forEach(
        (place, screens) -> {
          if (place.startsWith("/") || screens.size() == 1) {
            screens.forEach(s -> menu.add(new MenuEntry(null, List.of(s))));
          } else {
            menu.add(new MenuEntry(place, screens));
          }
        });
    return menu;
  }

  /**
   * The area a screen belongs to by its place in the navigation: 100–299 cases (victims, referrals,
   * criminal cases, linkage), 300–399 prevention, 400–499 statistics, 800–899 administration; the
   * home page, the audit trail and notices stand alone.
   */
  private static String area(Screen screen) {
    int order = screen.order();
    if (order >= 100 && order < 300) {
      return "nav.area.cases";
    } else if (order >= 300 && order < 400) {
      return "nav.area.prevention";
    } else if (order >= 400 && order < 500) {
      return "nav.area.statistics";
    } else if (order >= 800 && order < 900) {
      return "nav.area.administration";
    }
    return null;
  }
}
