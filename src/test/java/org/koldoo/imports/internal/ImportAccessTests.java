package org.koldoo.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportKind;
import org.koldoo.imports.ImportRow;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.support.Acting;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The imports' one rule of who brings in what, role by role, with and without an organisation. */
class ImportAccessTests {

  private static final UUID HOTLINE = UUID.fromString("00000000-0000-0000-0000-000000000010");

  /** A kind that hotline operators bring in, as the hotline's call sheet. */
  private static final ImportKind<String> CALLS = kind("calls", Role.HOTLINE_OPERATOR);

  private static final ImportKind<String> CASES = kind("cases", Role.CASE_WORKER);

  private final ImportAccess access = new ImportAccess(List.of(CALLS, CASES));

  @AfterEach
  void nobody() {
    Acting.nobody();
  }

  @Test
  void aPersonOfAnOrganisationBringsInTheKindsWhoseRuleAdmitsThem() {
    for (Role role : Role.values()) {
      Actor person = new Actor("p", HOTLINE, Set.of(role));
      assertThat(ImportAccess.mayImport(person, CALLS))
          .as(role.name())
          .isEqualTo(role == Role.HOTLINE_OPERATOR);
      assertThat(ImportAccess.mayImport(person, CASES))
          .as(role.name())
          .isEqualTo(role == Role.CASE_WORKER);
    }
  }

  @Test
  void aPersonOfNoOrganisationBringsInNothingWhateverTheKindSays() {
    Actor nobodysOperator = new Actor("p", null, Set.of(Role.HOTLINE_OPERATOR));

    assertThat(ImportAccess.mayImport(nobodysOperator, CALLS)).isFalse();
    assertThatThrownBy(() -> ImportAccess.requireMayImport(nobodysOperator, CALLS))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aRefusalNamesTheKind() {
    Actor worker = new Actor("p", HOTLINE, Set.of(Role.CASE_WORKER));

    assertThatNoException().isThrownBy(() -> ImportAccess.requireMayImport(worker, CASES));
    assertThatThrownBy(() -> ImportAccess.requireMayImport(worker, CALLS))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("calls");
  }

  @Test
  void theScreensAreForThoseWhoBringInSomeKind() {
    Acting.as(HOTLINE, Role.HOTLINE_OPERATOR);
    assertThat(access.any(SecurityContextHolder.getContext().getAuthentication())).isTrue();
    Acting.as(HOTLINE, Role.ANALYST);
    assertThat(access.any(SecurityContextHolder.getContext().getAuthentication())).isFalse();
    Acting.as(null, Role.HOTLINE_OPERATOR);
    assertThat(access.any(SecurityContextHolder.getContext().getAuthentication())).isFalse();
    assertThat(access.any(new UsernamePasswordAuthenticationToken("anonymous", null))).isFalse();

    assertThat(access.roles()).containsExactlyInAnyOrder(Role.HOTLINE_OPERATOR, Role.CASE_WORKER);
  }

  private static ImportKind<String> kind(String name, Role importer) {
    return new ImportKind<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String labelKey() {
        return name;
      }

      @Override
      public List<ImportColumn> columns() {
        return List.of();
      }

      @Override
      public boolean mayImport(Actor actor) {
        return actor.roles().contains(importer);
      }

      @Override
      public String read(ImportRow row) {
        return "";
      }

      @Override
      public List<UUID> write(List<Keyed<String>> rows, Actor actor, UUID importId) {
        return List.of();
      }
    };
  }
}
