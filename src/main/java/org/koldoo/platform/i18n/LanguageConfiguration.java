package org.koldoo.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Kyrgyz, Russian and English. The choice is made with {@code ?lang=ky|ru|en} on any page and kept
 * in a cookie; without a choice the browser's preference is followed, and English when it names
 * none of the three.
 */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED =
      List.of(Locale.forLanguageTag("ky"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("koldoo-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(
        request -> {
          for (var languages = request.getLocales(); languages.hasMoreElements(); ) {
            Locale wanted = languages.nextElement();
            for (Locale supported : SUPPORTED) {
              if (supported.getLanguage().equals(wanted.getLanguage())) {
                return supported;
              }
            }
          }
          return Locale.ENGLISH;
        });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch(localeResolver()));
  }

  /** Switches language on {@code ?lang=}, ignoring languages Koldoo is not written in. */
  private record LanguageSwitch(LocaleResolver resolver) implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String lang = request.getParameter("lang");
      if (lang != null) {
        SUPPORTED.stream()
            .filter(l -> l.getLanguage().equalsIgnoreCase(lang.strip()))
            .findFirst()
            .ifPresent(l -> resolver.setLocale(request, response, l));
      }
      return true;
    }
  }
}
