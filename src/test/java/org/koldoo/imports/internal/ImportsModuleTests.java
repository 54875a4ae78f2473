package org.koldoo.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.ActorAware;
import org.koldoo.platform.security.Role;
import org.koldoo.support.Acting;
import org.koldoo.support.ModuleTest;
import org.koldoo.support.ProbeImportKind;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The imports module on its own, with a kind of the tests as the only register it brings rows into
 * (the other modules' kinds are theirs): a sheet is checked row by row without writing anything,
 * its sound rows are written once however often it is committed, and nobody but who may bring the
 * kind in, of the organisation that did, sees or commits it.
 */
@ApplicationModuleTest(verifyAutomatically = false, webEnvironment = WebEnvironment.NONE)
@Import(ProbeImportKind.class)
class ImportsModuleTests extends ModuleTest {

  private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-000000000012");

  @MockitoBean AuditTrail audit;
  @MockitoBean Organisations organisations;
  @MockitoBean UserDetailsService accounts; // the import command's, for the person it acts as
  @Autowired ImportService imports;
  @Autowired ProbeImportKind probe;
  @Autowired ImportCommand command;
  @Autowired JdbcClient jdbc;
  @Autowired ImportDiscards discards;
  @Autowired ImportMapping mappings;
  @Autowired ImportNames names;

  private ImportRun validated(String csv) {
    return imports.validate("probe", "values.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_sheet_is_checked_row_by_row_and_its_sound_rows_are_written_once() {
    Acting.as("probe-module", TestAccounts.MOL, Role.CASE_WORKER);
    String marker = "module-" + System.nanoTime() + "-";
    ImportRun dry = validated("value\n" + marker + "1\n" + "x".repeat(101) + "\n" + marker + "2\n");

    assertThat(dry.counts()).isEqualTo(new ImportRun.Counts(3, 2, 0, 0, 1));
    assertThat(dry.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(3));
    assertThat(probe.count(marker)).as("a dry run writes nothing").isZero();

    ImportRun done = imports.commit(dry.id());
    assertThat(done.committed()).isTrue();
    assertThat(probe.count(marker)).isEqualTo(2);
    assertThat(imports.commit(dry.id()).counts()).isEqualTo(done.counts());
    assertThat(probe.count(marker)).as("committed again, nothing more").isEqualTo(2);
    verify(audit).record(any(Actor.class), argThat(r -> r.action().equals("IMPORT_VALIDATED")));
    verify(audit).record(any(Actor.class), argThat(r -> r.action().equals("IMPORT_COMMITTED")));
  }

  @Test
  void only_who_may_bring_the_kind_in_of_the_same_organisation_sees_or_commits_it() {
    Acting.as("probe-owner", TestAccounts.MOL, Role.CASE_WORKER);
    ImportRun dry = validated("value\nmodule-owned\n");

    Acting.as("probe-elsewhere", OTHER, Role.CASE_WORKER);
    assertThatThrownBy(() -> imports.get(dry.id()))
        .isInstanceOf(ImportExceptions.ImportNotFound.class);
    assertThatThrownBy(() -> imports.commit(dry.id()))
        .isInstanceOf(ImportExceptions.ImportNotFound.class);

    Acting.as(TestAccounts.MOL, Role.CASE_WORKER); // not a person the kind is offered to
    assertThatThrownBy(() -> validated("value\nmodule-refused\n"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(imports.kinds()).isEmpty();
  }

  @Test
  void the_command_says_why_each_refused_row_was_refused(@TempDir Path dir) throws Exception {
    record Operator(Actor actor) implements ActorAware, UserDetails {
      @Override
      public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(Role.CASE_WORKER.authority()));
      }

      @Override
      public String getPassword() {
        return null;
      }

      @Override
      public String getUsername() {
        return actor.username();
      }
    }
    when(accounts.loadUserByUsername("probe-cli"))
        .thenReturn(
            new Operator(new Actor("probe-cli", TestAccounts.MOL, Set.of(Role.CASE_WORKER))));
    Path sheet = dir.resolve("values.csv");
    Files.writeString(sheet, "value\nfine-" + System.nanoTime() + "\n" + "x".repeat(101) + "\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int code =
        command.run(
            List.of("--kind", "probe", "--file", sheet.toString(), "--user", "probe-cli"),
            new PrintStream(printed, true, StandardCharsets.UTF_8));

    var answer = Json.read(printed.toString(StandardCharsets.UTF_8));
    assertThat(code).isZero();
    assertThat(answer.get("invalid").asInt()).isOne();
    assertThat(answer.get("problemsTotal").asInt()).isOne();
    assertThat(answer.get("problems").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(answer.get("problems").get(0).get("reason").asText()).isNotBlank();

    // an import that cannot be finished is refused as the API refuses it, in one JSON line
    Acting.as("probe-cli", TestAccounts.MOL, Role.CASE_WORKER);
    UUID given = discards.discard(UUID.fromString(answer.get("id").asText())).id();
    Acting.nobody();
    for (String resume : List.of(given.toString(), "not-an-id")) {
      ByteArrayOutputStream refused = new ByteArrayOutputStream();
      int refusal =
          command.run(
              List.of("--resume", resume, "--user", "probe-cli"),
              new PrintStream(refused, true, StandardCharsets.UTF_8));
      assertThat(refusal).isEqualTo(2);
      assertThat(Json.read(refused.toString(StandardCharsets.UTF_8)).get("error").asText())
          .contains(resume.equals("not-an-id") ? "was not found" : "was discarded");
    }
  }

  @Test
  void an_upload_s_file_name_is_sealed_and_one_kept_in_the_clear_before_is_sealed_at_the_start() {
    Acting.as("probe-names", TestAccounts.MOL, Role.CASE_WORKER);
    String family = "Асанова" + Long.toString(System.nanoTime(), 36);
    String name = family + " Айгуль.csv";
    ImportRun run = imports.validate("probe", name, "value\nx\n".getBytes(StandardCharsets.UTF_8));
    assertThat(imports.get(run.id()).fileName()).isEqualTo(name);
    assertThat(inTheClear(run.id(), family)).isFalse();

    UUID earlier = UUID.randomUUID();
    jdbc.sql(
            """
            insert into import_run (id, kind, organisation_id, file_name, file_sha256, file_size,
                                    created_by, created_at, status)
            values (:id, 'probe', :organisation, :name, repeat('0', 64), 1, 'probe-names', now(),
                    'VALIDATED')
            """)
        .param("id", earlier)
        .param("organisation", TestAccounts.MOL)
        .param("name", family + ".xlsx")
        .update();
    assertThat(imports.get(earlier).fileName()).isEqualTo(family + ".xlsx");
    assertThat(inTheClear(earlier, family)).isTrue();

    assertThat(names.sealEarlierNames()).isPositive();
    assertThat(inTheClear(earlier, family)).isFalse();
    assertThat(imports.get(earlier).fileName()).isEqualTo(family + ".xlsx");
    assertThat(names.sealEarlierNames()).isZero();
  }

  /** Whether the row keeps its file name in the clear, or {@code text} among its sealed bytes. */
  private boolean inTheClear(UUID id, String text) {
    return jdbc.sql(
            """
            select file_name is not null
              or position(convert_to(:text, 'UTF8') in coalesce(file_name_ciphertext, '')) > 0
            from import_run where id = :id
            """)
        .param("id", id)
        .param("text", text)
        .query(Boolean.class)
        .single();
  }

  @Test
  void problems_kept_before_identity_was_hidden_in_reasons_no_longer_quote_it() throws Exception {
    Acting.as("probe-old", TestAccounts.MOL, Role.CASE_WORKER);
    UUID id = UUID.randomUUID();
    String kept =
        """
        [{"row": 2, "column": "Date of birth", "value": null,
          "reason": "«31.02.1985» is not a date (write 20.11.2026)."},
         {"row": 3, "column": "Date of birth", "value": null, "reason": "This field is required."},
         {"row": 4, "column": "Country", "value": "Narnia",
          "reason": "«Narnia» is not a country name or code."},
         {"row": 5, "column": null, "value": null,
          "reason": "No article of the Criminal Code is «171a» (write its number, e.g. 171)."}]
        """;
    jdbc.sql(
            """
            insert into import_run (id, kind, organisation_id, file_name, file_sha256, file_size,
                                    created_by, created_at, status, problems_total, problems)
            values (:id, 'probe', :organisation, 'old.csv', repeat('0', 64), 1, 'probe-old', now(),
                    'VALIDATED', 4, cast(:problems as jsonb))
            """)
        .param("id", id)
        .param("organisation", TestAccounts.MOL)
        .param("problems", kept)
        .update();
    String migration =
        new ClassPathResource("db/migration/V68__imports_problems_hide_identity.sql")
            .getContentAsString(StandardCharsets.UTF_8);

    jdbc.sql(migration).update();
    jdbc.sql(migration).update(); // run again, the same

    assertThat(imports.get(id).problems())
        .extracting(RowProblem::reason)
        .containsExactly(
            "«…» is not a date (write 20.11.2026).",
            "This field is required.",
            "«Narnia» is not a country name or code.",
            "No article of the Criminal Code is «171a» (write its number, e.g. 171).");
  }

  @Test
  void its_owner_discards_a_dry_run_and_its_file_while_a_commit_started_is_not_discarded() {
    Acting.as("probe-discard", TestAccounts.MOL, Role.CASE_WORKER);
    String marker = "discard-" + System.nanoTime() + "-";
    ImportRun dry = validated("value\n" + marker + "1\n");
    assertThat(sealedFile(dry.id())).isTrue();

    Acting.as("probe-elsewhere", OTHER, Role.CASE_WORKER);
    assertThatThrownBy(() -> discards.discard(dry.id()))
        .isInstanceOf(ImportExceptions.ImportNotFound.class);
    Acting.as("probe-discard", TestAccounts.MOL, Role.CASE_WORKER);

    ImportRun discarded = discards.discard(dry.id());
    assertThat(discarded.status()).isEqualTo("DISCARDED");
    assertThat(discarded.discarded().by()).isEqualTo("probe-discard");
    assertThat(discarded.discarded().at()).isNotNull();
    assertThat(sealedFile(dry.id())).as("the file goes with it").isFalse();
    assertThat(discards.discard(dry.id())).as("discarded again: as it was").isEqualTo(discarded);
    verify(audit)
        .record(
            argThat(a -> a.username().equals("probe-discard")),
            argThat(r -> r.action().equals("IMPORT_DISCARDED")));
    assertThatThrownBy(() -> imports.commit(dry.id()))
        .isInstanceOf(ImportExceptions.Discarded.class);
    assertThatThrownBy(() -> mappings.map(dry.id(), Map.of("x", "")))
        .isInstanceOf(ImportExceptions.Discarded.class);
    assertThat(probe.count(marker)).isZero();
    assertThat(imports.get(dry.id()).status())
        .as("a refused commit changes nothing")
        .isEqualTo("DISCARDED");

    ImportRun done = imports.commit(validated("value\n" + marker + "2\n").id());
    assertThatThrownBy(() -> discards.discard(done.id()))
        .isInstanceOf(ImportExceptions.NotDiscardable.class);
    ImportRun interrupted = validated("value\n" + marker + "3\n");
    interrupt(interrupted.id(), Instant.now());
    assertThatThrownBy(() -> discards.discard(interrupted.id()))
        .isInstanceOf(ImportExceptions.NotDiscardable.class);
    assertThat(sealedFile(interrupted.id())).as("kept to finish it").isTrue();
  }

  @Test
  void uploads_left_unfinished_longer_than_the_period_are_discarded_by_koldoo_once() {
    Acting.as("probe-forgot", TestAccounts.MOL, Role.CASE_WORKER);
    String marker = "forgotten-" + System.nanoTime() + "-";
    Instant now = Instant.now();
    Instant eightDaysAgo = now.minus(Duration.ofDays(8));
    ImportRun forgotten = validated("value\n" + marker + "1\n");
    ImportRun fresh = validated("value\n" + marker + "2\n");
    ImportRun stalled = validated("value\n" + marker + "3\n");
    ImportRun alive = validated("value\n" + marker + "4\n");
    ImportRun done = imports.commit(validated("value\n" + marker + "5\n").id());
    for (ImportRun old : List.of(forgotten, stalled, alive, done)) {
      jdbc.sql("update import_run set created_at = :at where id = :id")
          .param("at", java.sql.Timestamp.from(eightDaysAgo))
          .param("id", old.id())
          .update();
    }
    interrupt(stalled.id(), eightDaysAgo); // a commit interrupted a week ago, never finished
    interrupt(alive.id(), now); // a commit that said a moment ago it is writing

    assertThat(discards.discardUnfinished(now)).isGreaterThanOrEqualTo(2);

    assertThat(imports.get(forgotten.id()).discarded())
        .satisfies(d -> assertThat(d.by()).as("by Koldoo").isNull());
    assertThat(imports.get(stalled.id()).status()).isEqualTo("DISCARDED");
    assertThat(List.of(forgotten, stalled))
        .allSatisfy(r -> assertThat(sealedFile(r.id())).isFalse());
    assertThat(imports.get(fresh.id()).status()).isEqualTo("VALIDATED");
    assertThat(imports.get(alive.id()).status()).isEqualTo("COMMITTING");
    assertThat(imports.get(done.id()).status()).isEqualTo("COMMITTED");
    assertThat(List.of(fresh, alive)).allSatisfy(r -> assertThat(sealedFile(r.id())).isTrue());
    verify(audit, org.mockito.Mockito.times(2))
        .record(
            argThat(a -> a.username().equals("retention")),
            argThat(
                r ->
                    r.action().equals("IMPORT_DISCARDED")
                        && List.of(forgotten.id().toString(), stalled.id().toString())
                            .contains(r.objectId())));

    Instant first = imports.get(forgotten.id()).discarded().at();
    discards.discardUnfinished(now.plusSeconds(60));
    assertThat(imports.get(forgotten.id()).discarded().at()).as("once").isEqualTo(first);
  }

  private boolean sealedFile(UUID id) {
    return jdbc.sql("select count(*) from import_file where import_id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        == 1;
  }

  /** The run as a commit leaves it that stopped after saying it was alive at {@code at}. */
  private void interrupt(UUID id, Instant at) {
    jdbc.sql("update import_run set status = 'COMMITTING', committing_at = :at where id = :id")
        .param("at", java.sql.Timestamp.from(at))
        .param("id", id)
        .update();
  }
}
