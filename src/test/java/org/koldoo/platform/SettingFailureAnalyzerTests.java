package org.koldoo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A setting that cannot be used is reported as one sentence naming it, its value, what it takes and
 * its environment variable: a value of the wrong kind for its {@code @Value}, or one its reader
 * refuses (a time zone).
 */
class SettingFailureAnalyzerTests {

  static class Reader {
    Reader(
        @Value("${koldoo.backup.passphrase-rounds:600000}") int rounds,
        @Value("${koldoo.forms.repeat-wait:PT10S}") Duration wait) {}
  }

  private static Throwable startWith(Map<String, Object> settings) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", settings));
    // converts as the application does (durations as 10s or PT10S)
    context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
    context.register(Reader.class);
    Throwable failure = catchThrowable(context::refresh);
    context.close();
    return failure;
  }

  @Test
  void a_value_of_the_wrong_kind_is_named_with_what_it_takes_and_its_default() {
    FailureAnalysis analysis =
        new SettingFailureAnalyzer(new org.springframework.mock.env.MockEnvironment())
            .analyze(startWith(Map.of("koldoo.backup.passphrase-rounds", "lots")));
    assertThat(analysis.getDescription())
        .isEqualTo(
            "The setting koldoo.backup.passphrase-rounds is \"lots\", which is not a whole"
                + " number.");
    assertThat(analysis.getAction())
        .contains("KOLDOO_BACKUP_PASSPHRASE_ROUNDS", "leave it unset to use 600000");

    FailureAnalysis duration =
        new SettingFailureAnalyzer(new org.springframework.mock.env.MockEnvironment())
            .analyze(startWith(Map.of("koldoo.forms.repeat-wait", "ten seconds")));
    assertThat(duration.getDescription())
        .contains("koldoo.forms.repeat-wait", "\"ten seconds\"", "a duration");
  }

  @Test
  void a_time_zone_that_is_none_is_named_and_a_start_without_fault_is_left_alone() {
    Throwable refused = catchThrowable(() -> new PlatformConfiguration().clock("Bishkek"));
    FailureAnalysis analysis =
        new SettingFailureAnalyzer(new org.springframework.mock.env.MockEnvironment())
            .analyze(refused);
    assertThat(analysis.getDescription())
        .isEqualTo(
            "The setting koldoo.time-zone is \"Bishkek\", which is not a time zone such as"
                + " Asia/Bishkek.");
    assertThat(analysis.getAction()).contains("KOLDOO_TIME_ZONE");
    assertThat(new PlatformConfiguration().clock("Asia/Bishkek").getZone().getId())
        .isEqualTo("Asia/Bishkek");

    assertThat(startWith(Map.of())).isNull();
    assertThat(startWith(Map.of("koldoo.forms.repeat-wait", "10s"))).isNull();
    assertThat(
            new SettingFailureAnalyzer(new org.springframework.mock.env.MockEnvironment())
                .analyze(new IllegalStateException("other")))
        .isNull();
    assertThatThrownBy(() -> new PlatformConfiguration().clock("Mars/Olympus"))
        .isInstanceOf(InvalidSetting.class);
  }

  /** A bean made at the start, which a refused start must not have reached. */
  static class Made {
    static volatile boolean any;

    Made() {
      any = true;
    }
  }

  @Test
  void a_time_zone_that_is_none_stops_the_start_before_any_bean_is_made() {
    Made.any = false;
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("test", Map.of("koldoo.time-zone", "Bishkek")));
    context.register(Made.class, PlatformConfiguration.class);
    Throwable refused = catchThrowable(context::refresh);
    assertThat(refused).isInstanceOf(InvalidSetting.class);
    assertThat(Made.any).as("no bean was made (the web server, the pool)").isFalse();
  }

  private static Throwable bind(String name, Object value, Class<?> type, Map<String, Object> env) {
    var resolver =
        new org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver(
            new org.springframework.core.env.MutablePropertySources() {
              {
                addFirst(new MapPropertySource("environment", env));
              }
            });
    var binder =
        new org.springframework.boot.context.properties.bind.Binder(
            List.of(
                new org.springframework.boot.context.properties.source
                    .MapConfigurationPropertySource(Map.of(name, value))),
            resolver,
            ApplicationConversionService.getSharedInstance());
    return catchThrowable(() -> binder.bind(name, type));
  }

  @Test
  void a_setting_spring_boot_binds_is_named_by_its_variable_with_the_value_it_holds() {
    FailureAnalysis timeout =
        new SettingFailureAnalyzer(new org.springframework.mock.env.MockEnvironment())
            .analyze(
                bind(
                    "server.servlet.session.timeout",
                    "${KOLDOO_SESSION_TIMEOUT:30m}",
                    Duration.class,
                    Map.of("KOLDOO_SESSION_TIMEOUT", "forever")));
    assertThat(timeout.getDescription())
        .isEqualTo(
            "The setting KOLDOO_SESSION_TIMEOUT is \"forever\", which is not a duration (as 10s,"
                + " 5m or PT10S).");
    assertThat(timeout.getAction())
        .isEqualTo(
            "Correct KOLDOO_SESSION_TIMEOUT (server.servlet.session.timeout), or leave it unset to"
                + " use 30m.");

    FailureAnalysis retention =
        new SettingFailureAnalyzer(new org.springframework.mock.env.MockEnvironment())
            .analyze(bind("koldoo.retention.identity-after", "5years", Period.class, Map.of()));
    assertThat(retention.getDescription())
        .isEqualTo(
            "The setting KOLDOO_RETENTION_IDENTITY_AFTER is \"5years\", which is not a period (as"
                + " P5Y, P18M or P30D).");

    FailureAnalysis port =
        new SettingFailureAnalyzer(
                new org.springframework.mock.env.MockEnvironment()
                    .withProperty("server.port", "${PORT:8080}"))
            .readingVariables(Map.of("PORT", "abc")::get)
            .analyze(
                new InvalidConfigurationPropertyValueException(
                    "server.port", "abc", "Failed to convert to type java.lang.Integer"));
    assertThat(port.getDescription())
        .isEqualTo(
            "The setting PORT is \"abc\", which is refused: Failed to convert to type"
                + " java.lang.Integer.");
    assertThat(port.getAction())
        .isEqualTo("Correct PORT (server.port), or leave it unset to use 8080.");
  }

  @Test
  void spring_boot_can_make_every_failure_analyzer_as_it_does_at_a_failed_start()
      throws java.io.IOException {
    var environment = new org.springframework.mock.env.MockEnvironment();
    var arguments =
        org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver.of(
                org.springframework.core.env.Environment.class, environment)
            .and(
                org.springframework.beans.factory.BeanFactory.class,
                new org.springframework.beans.factory.support.DefaultListableBeanFactory());
    var analyzers =
        org.springframework.core.io.support.SpringFactoriesLoader.forDefaultResourceLocation(
                getClass().getClassLoader())
            .load(
                org.springframework.boot.diagnostics.FailureAnalyzer.class,
                arguments,
                org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler
                    .throwing());
    java.util.Properties ours = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/META-INF/spring.factories")) {
      ours.load(in);
    }
    List<String> named =
        java.util.Arrays.stream(
                ours.getProperty(
                        org.springframework.boot.diagnostics.FailureAnalyzer.class.getName())
                    .split(","))
            .map(String::strip)
            .toList();
    assertThat(named).contains(SettingFailureAnalyzer.class.getName()).hasSizeGreaterThan(3);
    assertThat(analyzers.stream().map(a -> a.getClass().getName()))
        .as("a Koldoo analyzer that cannot be made is silently left out of a failed start")
        .containsAll(named);
  }
}
