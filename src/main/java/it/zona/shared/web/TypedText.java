package it.zona.shared.web;

import it.zona.shared.PlainText;
import java.beans.PropertyEditorSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link PlainText} is refused where text comes in, naming the field: in a JSON body (here, for
 * every string) and in a form or parameter ({@link PageBinding}).
 */
@Configuration(proxyBeanMethods = false)
class TypedText {

    @Bean
    JacksonModule typedTextInJson() {
        return new SimpleModule("typed-text").addDeserializer(String.class, new JsonText());
    }

    /** Jackson's own reading of a string, then the check; the error carries the field's path. */
    static final class JsonText extends StdScalarDeserializer<String> {

        JsonText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !PlainText.isTypeable(text)) {
                throw context.weirdStringException(text, String.class, "a control character or a lone surrogate");
            }
            return text;
        }
    }

    /** The same check for form fields and request parameters: a refusal is a field error. */
    static final class FormText extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && !PlainText.isTypeable(text)) {
                throw new IllegalArgumentException("A control character or a lone surrogate");
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
