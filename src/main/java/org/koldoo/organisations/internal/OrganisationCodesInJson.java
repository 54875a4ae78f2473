package org.koldoo.organisations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Every organisation id the API answers with comes with the organisation's code beside it ({@code
 * toOrganisationId} and {@code toOrganisationCode}), so that a client reads which body without a
 * second call; the id stays, as the key to use. Codes come from the organisations' snapshot, not
 * one query per field.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationCodesInJson {

  @Bean
  JsonMapperBuilderCustomizer organisationCodes(ObjectProvider<Organisations> organisations) {
    SimpleModule module = new SimpleModule("koldoo-organisation-codes");
    module.setSerializerModifier(new Modifier(organisations));
    return builder -> builder.addModule(module);
  }

  /** Puts a code writer after each organisation id of a type that has no code of its own. */
  private static final class Modifier extends ValueSerializerModifier {

    private final ObjectProvider<Organisations> organisations;

    Modifier(ObjectProvider<Organisations> organisations) {
      this.organisations = organisations;
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config,
        BeanDescription.Supplier description,
        List<BeanPropertyWriter> properties) {
      List<BeanPropertyWriter> out = new ArrayList<>(properties);
      for (int i = 0; i < out.size(); i++) {
        BeanPropertyWriter p = out.get(i);
        String code = codeName(p.getName());
        if (code != null
            && UUID.class.equals(p.getType().getRawClass())
            && properties.stream().noneMatch(other -> other.getName().equals(code))) {
          out.set(i, new WithCode(p, code, organisations));
        }
      }
      return out;
    }
  }

  /** {@code organisationId} → {@code organisationCode}; null for any other name. */
  static String codeName(String property) {
    return property.equals("organisationId") || property.endsWith("OrganisationId")
        ? property.substring(0, property.length() - 2) + "Code"
        : null;
  }

  /** An organisation id, then the organisation's code (when there is an id and it is known). */
  private static final class WithCode extends BeanPropertyWriter {

    private final String codeName;
    private final transient ObjectProvider<Organisations> organisations;

    WithCode(
        BeanPropertyWriter base, String codeName, ObjectProvider<Organisations> organisations) {
      super(base);
      this.codeName = codeName;
      this.organisations = organisations;
    }

    @Override
    public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext context)
        throws Exception {
      super.serializeAsProperty(bean, g, context);
      if (get(bean) instanceof UUID id) {
        String code =
            organisations.getObject().find(id).map(OrganisationSummary::code).orElse(null);
        if (code != null) {
          g.writeStringProperty(codeName, code);
        }
      }
    }
  }
}
