package org.koldoo.imports.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.ActorAware;
import org.koldoo.platform.security.Role;
import org.koldoo.privacy.clk.PersonRecipe;
import org.koldoo.privacy.synthetic.SyntheticPeople;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code bench import [--rows 10000] [--kind victim-cases|hotline-calls] [--seed 1]}: writes a CSV
 * sheet of synthetic rows (one in a hundred with a mistake), checks it and imports it through the
 * same service as the screen, as a case worker (or hotline operator) of a crisis centre, and prints
 * one JSON object. It runs on a throwaway embedded database (see {@code CommandLauncher}), never on
 * the data directory.
 */
@Component
class ImportBenchmark implements KoldooCommand {

  static final UUID CENTRE = UUID.fromString("00000000-0000-0000-0000-000000000011");
  static final UUID HOTLINE = UUID.fromString("00000000-0000-0000-0000-000000000010");

  private final ImportService imports;

  ImportBenchmark(ImportService imports) {
    this.imports = imports;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.BENCH_IMPORT;
  }

  /** The acting person of the benchmark, as a signed-in one would be. */
  private record BenchPerson(Actor actor) implements ActorAware {}

  @Override
  public int run(List<String> arguments, PrintStream out) {
    int rows = 10_000;
    String kind = "victim-cases";
    long seed = 1;
    for (int i = 0; i + 1 < arguments.size(); i += 2) {
      switch (arguments.get(i)) {
        case "--rows" -> rows = Integer.parseInt(arguments.get(i + 1));
        case "--kind" -> kind = arguments.get(i + 1);
        case "--seed" -> seed = Long.parseLong(arguments.get(i + 1));
        default -> {
          System.err.println("bench import " + description());
          return 2;
        }
      }
    }
    boolean calls = kind.equals("hotline-calls");
    Role role = calls ? Role.HOTLINE_OPERATOR : Role.CASE_WORKER;
    Actor actor = new Actor("bench-import", calls ? HOTLINE : CENTRE, Set.of(role));
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                new BenchPerson(actor),
                null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    try {
      byte[] sheet = calls ? calls(rows, seed) : cases(rows, seed);
      long t0 = System.nanoTime();
      ImportRun checked = imports.validate(kind, "bench.csv", sheet);
      double validate = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      ImportRun done = imports.commit(checked.id());
      double write = (System.nanoTime() - t1) / 1e9;
      out.println(
          Json.write(
              Json.object(
                  "kind", kind,
                  "rows", rows,
                  "validateSeconds", Json.fixed(validate, 3),
                  "importSeconds", Json.fixed(write, 3),
                  "rowsPerSecond", Math.round(rows / (validate + write)),
                  "errors", done.counts().invalid(),
                  "created", done.counts().create(),
                  "firstProblems",
                      done.problems().stream()
                          .limit(3)
                          .map(p -> p.row() + " " + p.column() + ": " + p.reason())
                          .toList())));
      return 0;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static byte[] cases(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SyntheticPeople people = new SyntheticPeople(random);
    StringBuilder csv =
        new StringBuilder(
            "ID в таблице;Фамилия;Имя;Отчество;Дата рождения;Пол;Гражданство;Дата регистрации;"
                + "Дата скрининга;Где;Группа;Индикаторы скрининга;Дата решения;Статус;"
                + "Принявший решение орган;Формы эксплуатации;Страны эксплуатации\n");
    String[] where = {"Граница", "Горячая линия", "Консульство", "Выездная работа НКО"};
    String[] forms = {"Принудительный труд", "Сексуальная эксплуатация", "Принудительный брак"};
    for (int i = 1; i <= rows; i++) {
      PersonRecipe.Person p = people.person();
      int day = 1 + random.nextInt(28);
      int month = 1 + random.nextInt(12);
      String registered = "%02d.%02d.2021".formatted(day, month);
      String born =
          i % 100 == 0
              ? "31.02.1990" // one row in a hundred has a mistake
              : "%02d.%02d.%d"
                  .formatted(
                      1 + random.nextInt(28), 1 + random.nextInt(12), 1960 + random.nextInt(45));
      boolean identified = random.nextInt(3) > 0;
      csv.append("B-")
          .append(i)
          .append(';')
          .append(p.surname())
          .append(';')
          .append(p.givenName())
          .append(';')
          .append(p.patronymic() == null ? "" : p.patronymic())
          .append(';')
          .append(born)
          .append(';')
          .append(random.nextBoolean() ? "Женский" : "Мужской")
          .append(';')
          .append("KG;")
          .append(registered)
          .append(';')
          .append(registered)
          .append(';')
          .append(where[random.nextInt(where.length)])
          .append(';')
          .append("Вернувшиеся мигранты;")
          .append("Обман, Изоляция;")
          .append(identified ? registered : "")
          .append(';')
          .append(identified ? "Установленная жертва" : "")
          .append(';')
          .append(identified ? "CC-BISHKEK" : "")
          .append(';')
          .append(identified ? forms[random.nextInt(forms.length)] : "")
          .append(';')
          .append(identified ? "RU" : "")
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] calls(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder csv =
        new StringBuilder(
            "ID в таблице;Время звонка (местное время);Канал;Кто звонил;Язык;Темы;Результат\n");
    String[] topics = {"Безопасная миграция", "Трудовые права", "Торговля людьми", "Другое"};
    for (int i = 1; i <= rows; i++) {
      String at =
          i % 100 == 0
              ? "32.01.2021 10:00"
              : "%02d.%02d.2021 %02d:%02d"
                  .formatted(
                      1 + random.nextInt(28),
                      1 + random.nextInt(12),
                      8 + random.nextInt(10),
                      random.nextInt(60));
      csv.append("H-")
          .append(i)
          .append(';')
          .append(at)
          .append(";Телефон;Мигрант или родственники;Русский;")
          .append(topics[random.nextInt(topics.length)])
          .append(";Предоставлена информация\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
