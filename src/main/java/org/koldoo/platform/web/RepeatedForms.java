package org.koldoo.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * A form sent twice is handled once: every form sent by POST gets a one-time token ({@link
 * OnceTokens}), and {@link RepeatedFormFilter}, after the security filters, answers a form sent
 * again as the first was. Not a {@code WebMvcConfigurer}, so that controller slice tests, which
 * have no database, run without it.
 */
@Configuration(proxyBeanMethods = false)
class RepeatedForms {

  /** The bean Spring Security's MVC support gives the forms' hidden fields through. */
  static final String PROCESSOR = "requestDataValueProcessor";

  @Bean
  static BeanPostProcessor onceTokensOnForms() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return PROCESSOR.equals(name)
                && bean instanceof RequestDataValueProcessor processor
                && !(bean instanceof OnceTokens)
            ? new OnceTokens(processor)
            : bean;
      }
    };
  }

  @Bean
  SentForms sentForms(JdbcClient jdbc, Clock clock) {
    return new SentForms(jdbc, clock);
  }

  /**
   * After Spring Security's filters (order -100), so that the person is known; the default order of
   * a filter is the last.
   */
  @Bean
  FilterRegistrationBean<RepeatedFormFilter> repeatedFormFilter(
      SentForms sent,
      @Value("${koldoo.forms.repeat-wait:PT10S}") Duration wait,
      MeterRegistry meters) {
    return new FilterRegistrationBean<>(new RepeatedFormFilter(sent, wait, meters));
  }
}
