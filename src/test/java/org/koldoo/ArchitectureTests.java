package org.koldoo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.koldoo");

  @Test
  void entities_are_not_public() {
    classes().that().areAnnotatedWith(Table.class).should().notBePublic().check(MAIN);
  }

  @Test
  void repositories_are_not_public() {
    classes().that().areAssignableTo(Repository.class).should().notBePublic().check(MAIN);
  }

  @Test
  void controllers_are_not_public() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .notBePublic()
        .check(MAIN);
  }

  /**
   * Method security checks {@code @PreAuthorize} on Koldoo's classes and nothing else ({@code
   * MethodSecurityConfiguration}): the annotation never stands on an interface, whose proxy is not
   * a Koldoo class, and the annotations it does not check are not used, where they would be
   * silently ignored.
   */
  @Test
  void method_security_sees_every_annotation_it_must_check() {
    classes().that().areInterfaces().should().notBeAnnotatedWith(PreAuthorize.class).check(MAIN);
    members()
        .that()
        .areAnnotatedWith(PreAuthorize.class)
        .should()
        .beDeclaredInClassesThat()
        .areNotInterfaces()
        .check(MAIN);
    for (var unchecked :
        List.of(PostAuthorize.class, PreFilter.class, PostFilter.class, Secured.class)) {
      noClasses().should().beAnnotatedWith(unchecked).check(MAIN);
      members().should().notBeAnnotatedWith(unchecked).check(MAIN);
    }
  }

  @Test
  void the_platform_depends_on_no_business_module() {
    noClasses()
        .that()
        .resideInAPackage("org.koldoo.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.koldoo.organisations..", "org.koldoo.audit..")
        .check(MAIN);
  }

  /**
   * Each table belongs to the module named in the migration that creates it ({@code
   * V<n>__<module>_<what>.sql}); no other module's source may name it in SQL, whether in its Java
   * or in the {@code .sql} resources under the module's own folder ({@code statistics/…}).
   */
  @Test
  void no_module_touches_another_modules_tables() throws IOException {
    Map<String, String> owner = new HashMap<>();
    Pattern create = Pattern.compile("create table (\\w+)", Pattern.CASE_INSENSITIVE);
    try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path migration : (Iterable<Path>) migrations::iterator) {
        String module = migration.getFileName().toString().replaceAll("^V\\d+__([a-z]+)_.*", "$1");
        Matcher m = create.matcher(Files.readString(migration));
        while (m.find()) {
          owner.put(m.group(1).toLowerCase(), module);
        }
      }
    }
    assertThat(owner).containsKeys("organisation", "user_account", "audit_entry");
    List<String> trespasses = new ArrayList<>();
    Pattern named = Pattern.compile("(?:from|join|into|update|table)\\s+(\\w+)\\b");
    for (Path root : List.of(Path.of("src/main/java/org/koldoo"), Path.of("src/main/resources"))) {
      try (Stream<Path> sources = Files.walk(root)) {
        for (Path source : (Iterable<Path>) sources::iterator) {
          String module = root.relativize(source).getName(0).toString();
          if (!isModuleSource(source, module)) {
            continue;
          }
          Matcher m = named.matcher(Files.readString(source).toLowerCase());
          while (m.find()) {
            String tableModule = owner.get(m.group(1));
            if (tableModule != null && !tableModule.equals(module)) {
              trespasses.add(source + " uses " + m.group(1) + " of " + tableModule);
            }
          }
        }
      }
    }
    assertThat(trespasses).isEmpty();
  }

  /** Java under a module's package, or SQL in a resource folder named for a module. */
  private static boolean isModuleSource(Path source, String module) {
    String name = source.getFileName().toString();
    return name.endsWith(".java")
        || name.endsWith(".sql") && Files.isDirectory(Path.of("src/main/java/org/koldoo", module));
  }
}
