package org.koldoo.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What Tomcat answers by itself, for a request it refuses before Koldoo sees it (an encoded slash
 * in the address, say): under {@code /api/} a problem detail, as every other error of the API, and
 * elsewhere a short page in the reader's language (as the pages choose it), in place of Tomcat's
 * own HTML report. Spring Boot puts Tomcat's report valve on the host; this replaces it, after Boot
 * has placed it.
 */
@Component
class ContainerErrors
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

  private final MessageSource messages;
  private final LocaleResolver locales;

  ContainerErrors(MessageSource messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          var host = context.getParent();
          if (host instanceof StandardHost standard) {
            // else the host adds Tomcat's own as it starts, finding no valve of that exact class
            standard.setErrorReportValveClass(Report.class.getName());
          }
          var pipeline = host.getPipeline();
          for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
              pipeline.removeValve(valve);
            }
          }
          pipeline.addValve(new Report(messages, locales));
        });
  }

  /** After Boot's own customizer, which adds Tomcat's report valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Tomcat's report valve, writing Koldoo's answer instead of Tomcat's. */
  static final class Report extends ErrorReportValve {

    private final MessageSource messages;
    private final LocaleResolver locales;

    Report(MessageSource messages, LocaleResolver locales) {
      this.messages = messages;
      this.locales = locales;
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      // as Tomcat's: only an error nothing has answered yet, on a connection that can take it
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean writable = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
      if (!writable.get()) {
        return;
      }
      String uri = request.getRequestURI();
      boolean api = uri != null && uri.startsWith("/api/");
      // the language the pages speak to this reader: a choice made before, else the browser's
      Locale locale = locales.resolveLocale(request);
      String detail = ErrorTexts.detail(messages, status, locale);
      try {
        response.setCharacterEncoding("UTF-8");
        response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(api ? problem(status, detail) : ErrorTexts.page(locale, detail));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client has gone, or the response cannot be written: nothing more to say
      }
    }

    private static String problem(int status, String detail) {
      HttpStatus known = HttpStatus.resolve(status);
      return ProblemWriter.json(
          known != null ? known.getReasonPhrase() : Integer.toString(status), status, detail);
    }
  }
}
