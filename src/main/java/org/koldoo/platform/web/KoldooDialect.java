package org.koldoo.platform.web;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Koldoo's own expression objects in templates, usable where bean references are not (fragment
 * arguments): {@code #countries}, stored country codes written as names in the reader's language
 * ({@code ${#countries.names(codes)}}); {@code #here}, links to the page shown with one thing
 * changed (a list's order); {@code #days}, days and moments as the reader's language writes them,
 * in the configured time zone.
 */
@Component
class KoldooDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final Countries countries = new Countries();
  private final Here here = new Here();
  private final Clock clock;

  KoldooDialect(Clock clock) {
    super("koldoo");
    this.clock = clock;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("countries", "here", "days");
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return switch (expressionObjectName) {
          case "here" -> here;
          case "days" -> new Days(context.getLocale(), clock.getZone());
          default -> countries;
        };
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
