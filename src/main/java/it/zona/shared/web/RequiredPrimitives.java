package it.zona.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import org.springframework.stereotype.Component;

/**
 * A record component of a primitive type ({@code boolean allMunicipalities}) is required in fact:
 * the API refuses a body without it. The schema says so, as it does for {@code @NotNull} fields.
 */
@Component
class RequiredPrimitives implements ModelConverter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null || type.getType() == null) {
            return schema;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS)
                ? context.getDefinedModels().get(schema.get$ref().substring(SCHEMAS.length()))
                : schema;
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = component.getName();
            if (component.getType().isPrimitive()
                    && model.getProperties().containsKey(name)
                    && (model.getRequired() == null || !model.getRequired().contains(name))) {
                model.addRequiredItem(name);
            }
        }
        return schema;
    }
}
