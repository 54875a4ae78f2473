package org.koldoo.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #countries} in templates: stored country codes written as names in the reader's language
 * ({@code ${#countries.names(codes)}}), usable where bean references are not (fragment arguments).
 */
@Component
class CountriesDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final Countries countries = new Countries();

  CountriesDialect() {
    super("countries");
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("countries");
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return countries;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
