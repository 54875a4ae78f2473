package org.koldoo.platform.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The files the pages load, each prefix from its one place: Koldoo's own stylesheet and scripts
 * from {@code static/css} and {@code static/js}, and the web jars (Bootstrap, htmx, ECharts), which
 * templates name without their version. Spring Boot's default mapping ({@code
 * spring.web.resources.add-mappings}, off in {@code application.yml}) serves {@code /**} from four
 * class-path folders; as the page's every link is passed through the resource chain for a versioned
 * address, each link to a case or a register was then looked up as a file in four folders of every
 * jar on the class path. That was two thirds of the time a page took to render. With these prefixes
 * only, a link that is not a file is told apart by its path alone.
 *
 * <p>A page links every file by an address that changes with its content: Koldoo's own files carry
 * a hash of their content ({@code koldoo-<md5>.css}), a web jar its version. So a browser keeps
 * them for a year and asks again only for what changed, which on a slow connection saves a round
 * trip per file and page.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

  /** How long a browser keeps a file whose address changes with its content. */
  private static final Duration KEPT = Duration.ofDays(365);

  /** A path served as files, where its files are read from, and whether the address is hashed. */
  private record Served(String pattern, String location, boolean hashed) {}

  private static final List<Served> SERVED =
      List.of(
          new Served("/css/**", "classpath:/static/css/", true),
          new Served("/js/**", "classpath:/static/js/", true),
          // a web jar's address names its version already
          new Served("/webjars/**", "classpath:/META-INF/resources/webjars/", false));

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (Served served : SERVED) {
      // the chain caches what it found and resolves a web jar's versionless path to its version
      var chain =
          registry
              .addResourceHandler(served.pattern())
              .addResourceLocations(served.location())
              .setCacheControl(CacheControl.maxAge(KEPT))
              .resourceChain(true);
      if (served.hashed()) {
        chain.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
      }
    }
  }
}
