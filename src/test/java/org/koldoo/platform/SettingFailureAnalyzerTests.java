package org.koldoo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
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
        new SettingFailureAnalyzer()
            .analyze(startWith(Map.of("koldoo.backup.passphrase-rounds", "lots")));
    assertThat(analysis.getDescription())
        .isEqualTo(
            "The setting koldoo.backup.passphrase-rounds is \"lots\", which is not a whole"
                + " number.");
    assertThat(analysis.getAction())
        .contains("KOLDOO_BACKUP_PASSPHRASE_ROUNDS", "leave it unset to use 600000");

    FailureAnalysis duration =
        new SettingFailureAnalyzer()
            .analyze(startWith(Map.of("koldoo.forms.repeat-wait", "ten seconds")));
    assertThat(duration.getDescription())
        .contains("koldoo.forms.repeat-wait", "\"ten seconds\"", "a duration");
  }

  @Test
  void a_time_zone_that_is_none_is_named_and_a_start_without_fault_is_left_alone() {
    Throwable refused = catchThrowable(() -> new PlatformConfiguration().clock("Bishkek"));
    FailureAnalysis analysis = new SettingFailureAnalyzer().analyze(refused);
    assertThat(analysis.getDescription())
        .isEqualTo(
            "The setting koldoo.time-zone is \"Bishkek\", which is not a time zone such as"
                + " Asia/Bishkek.");
    assertThat(analysis.getAction()).contains("KOLDOO_TIME_ZONE");
    assertThat(new PlatformConfiguration().clock("Asia/Bishkek").getZone().getId())
        .isEqualTo("Asia/Bishkek");

    assertThat(startWith(Map.of())).isNull();
    assertThat(startWith(Map.of("koldoo.forms.repeat-wait", "10s"))).isNull();
    assertThat(new SettingFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
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
}
