package org.koldoo.platform.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The files the pages load, each prefix from its one place: Koldoo's own stylesheet and scripts
 * from {@code static/css} and {@code static/js}, the web jars (Bootstrap, htmx, ECharts) by their
 * versionless paths. Spring Boot's default mapping ({@code spring.web.resources.add-mappings}, off
 * in {@code application.yml}) serves {@code /**} from four class-path folders; as the page's every
 * link is passed through the resource chain for a versioned address, each link to a case or a
 * register was then looked up as a file in four folders of every jar on the class path. That was
 * two thirds of the time a page took to render. With these prefixes only, a link that is not a file
 * is told apart by its path alone.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

  /** A path served as files, and where its files are read from. */
  record Served(String pattern, String location) {}

  static final List<Served> SERVED =
      List.of(
          new Served("/css/**", "classpath:/static/css/"),
          new Served("/js/**", "classpath:/static/js/"),
          new Served("/webjars/**", "classpath:/META-INF/resources/webjars/"));

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (Served served : SERVED) {
      // the chain caches what it found and resolves a web jar's versionless path
      registry
          .addResourceHandler(served.pattern())
          .addResourceLocations(served.location())
          .resourceChain(true);
    }
  }
}
