package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;

class MenuEntryTests {

  private static Screen screen(String path, int order) {
    return new Screen(path, "nav." + path.substring(1), Set.of(Role.ANALYST), order, true);
  }

  @Test
  void a_person_with_few_screens_sees_each_of_them() {
    List<Screen> few =
        List.of(
            screen("/", 0), screen("/cases", 100), screen("/referrals", 110), screen("/n", 980));
    assertThat(MenuEntry.of(few)).noneMatch(MenuEntry::group).hasSize(4);
  }

  @Test
  void a_person_with_many_screens_sees_them_by_area_and_lone_ones_alone() {
    List<Screen> many = new ArrayList<>();
    many.add(screen("/", 0));
    many.add(screen("/cases", 100));
    many.add(screen("/justice", 120));
    many.add(screen("/linkage", 200));
    many.add(screen("/hotline", 300));
    many.add(screen("/training", 330));
    many.add(screen("/reports", 400));
    many.add(screen("/audit", 900));
    many.add(screen("/notifications", 980));
    List<MenuEntry> menu = MenuEntry.of(many);
    assertThat(menu)
        .extracting(e -> e.group() ? e.labelKey() : e.screen().path())
        .containsExactly(
            "/", "nav.area.cases", "nav.area.prevention", "/reports", "/audit", "/notifications");
    assertThat(menu.get(1).screens())
        .extracting(Screen::path)
        .containsExactly("/cases", "/justice", "/linkage");
    assertThat(menu.get(1).waiting(java.util.Map.of("/cases", 2, "/linkage", 3, "/audit", 9)))
        .isEqualTo(5);
  }
}
