package it.zona.shared.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client may PUT back exactly what it read. The body of a PUT (and of the POST that takes the
 * same form) mirrors what that PUT answers, its representation: before Jackson reads the body,
 * the representation's read-only properties ({@code id}, names, totals) are dropped, and a
 * reference read as an object ({@code "area": {"id": 5, ...}}) becomes the id the form wants
 * ({@code "areaId": 5}). Whatever is in neither the form nor the representation stays, so Jackson
 * refuses it as an unknown field. The pairing is read from the controller's own signatures (the
 * representation is what the PUT taking that form returns), so a new resource needs nothing here.
 *
 * <p>Rewriting the tree beforehand, rather than a Jackson mix-in per form, keeps the forms plain:
 * one rule for every resource instead of an annotation to keep in step with each view.
 */
@ControllerAdvice(annotations = RestController.class)
class RoundTrip extends RequestBodyAdviceAdapter {

    private final JsonMapper json;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final Map<MethodParameter, Optional<Map<String, Type>>> representations = new ConcurrentHashMap<>();

    RoundTrip(
            JsonMapper json,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.json = json;
        this.mappings = mappings;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return representations
                .computeIfAbsent(parameter, this::representationOf)
                .isPresent();
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] bytes = input.getBody().readAllBytes();
        JsonNode body;
        try {
            body = json.readerFor(JsonNode.class)
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(bytes);
        } catch (JacksonException unreadable) {
            // Jackson says what is wrong when it reads the original for the form.
            return replay(input, bytes);
        }
        if (body instanceof ObjectNode object) {
            Map<String, Type> representation = representations.get(parameter).orElseThrow();
            checkId(object, representation);
            if (reshape(object, fields(parameter.getParameterType()), representation)) {
                return replay(input, json.writeValueAsBytes(object));
            }
        }
        return replay(input, bytes);
    }

    /**
     * Rewrites {@code body}, read as a {@code representation}, towards {@code form}; true if it
     * changed anything.
     */
    static boolean reshape(ObjectNode body, Map<String, Type> formFields, Map<String, Type> readFields) {
        boolean changed = false;
        for (String name : List.copyOf(body.propertyNames())) {
            JsonNode value = body.get(name);
            if (formFields.containsKey(name)) {
                changed |= reshapeValue(body, name, value, formFields.get(name), readFields.get(name));
                continue;
            }
            String idField = readsAsObject(readFields.get(name)) ? idFieldFor(name, formFields) : null;
            if (idField != null && isReference(value)) {
                if (!body.has(idField)) {
                    body.set(idField, identities(value));
                }
                body.remove(name);
                changed = true;
            } else if (value.isObject() && prefixed(name, formFields)) {
                flatten(body, name, formFields);
                changed = true;
            } else if (readFields.containsKey(name)) {
                body.remove(name);
                changed = true;
            }
        }
        return changed;
    }

    /** A field both sides share: a nested form is reshaped in turn, a reference read as an object becomes its id. */
    private static boolean reshapeValue(ObjectNode body, String name, JsonNode value, Type formType, Type readType) {
        Class<?> formElement = element(formType);
        Class<?> readElement = readType == null ? null : element(readType);
        if (formElement.isRecord() && readElement != null && readElement.isRecord()) {
            boolean changed = false;
            for (JsonNode item : value.isArray() ? value : List.of(value)) {
                if (item instanceof ObjectNode object) {
                    changed |= reshape(object, fields(formElement), fields(readElement));
                }
            }
            return changed;
        }
        if (!formElement.isRecord() && readsAsObject(readType) && isReference(value) && !value.isNull()) {
            body.set(name, identities(value));
            return true;
        }
        return false;
    }

    /** Whether the form spells the parts of {@code name} out, as {@code representativeName}. */
    private static boolean prefixed(String name, Map<String, Type> formFields) {
        return formFields.keySet().stream()
                .anyMatch(field -> field.length() > name.length()
                        && field.startsWith(name)
                        && Character.isUpperCase(field.charAt(name.length())));
    }

    /** {@code "representative": {"name": ...}} → {@code "representativeName": ...}; other parts are read-only. */
    private static void flatten(ObjectNode body, String name, Map<String, Type> formFields) {
        JsonNode parts = body.remove(name);
        for (Map.Entry<String, JsonNode> part : parts.properties()) {
            String field = name
                    + Character.toUpperCase(part.getKey().charAt(0))
                    + part.getKey().substring(1);
            if (formFields.containsKey(field) && !body.has(field)) {
                body.set(field, part.getValue());
            }
        }
    }

    /** {@code area} → {@code areaId}, {@code partners} → {@code partnerIds}, if the form has it. */
    private static String idFieldFor(String name, Map<String, Type> formFields) {
        String singular = name.endsWith("ies")
                ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        for (String candidate : List.of(name + "Id", singular + "Ids", name + "Ids")) {
            if (formFields.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether the representation shows this field as an object (or a list of them): a reference. */
    private static boolean readsAsObject(Type readType) {
        return readType != null && element(readType).isRecord();
    }

    /** An object, a list of objects, or null (no reference). */
    private static boolean isReference(JsonNode value) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isObject()) {
                    return false;
                }
            }
            return !value.isEmpty();
        }
        return value.isObject() || value.isNull();
    }

    /**
     * What identifies a referenced object: its {@code id}, or, for objects without one, their
     * first field (the code that names them, as a municipality's {@code istatCode}).
     */
    private static JsonNode identities(JsonNode value) {
        if (value.isArray()) {
            ArrayNode ids = ((ArrayNode) value).arrayNode();
            value.forEach(item -> ids.add(identities(item)));
            return ids;
        }
        if (value.isNull() || value.isEmpty()) {
            return value;
        }
        return value.has("id")
                ? value.get("id")
                : value.properties().iterator().next().getValue();
    }

    /** A body may repeat the {@code id} it read, but only the id of the resource it is sent to. */
    private static void checkId(ObjectNode body, Map<String, Type> representation) {
        JsonNode id = body.get("id");
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (id == null || request == null || !representation.containsKey("id")) {
            return;
        }
        Object pattern =
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Object variables =
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (!(pattern instanceof String path) || !(variables instanceof Map<?, ?> values) || !path.endsWith("}")) {
            return;
        }
        String last = path.substring(path.lastIndexOf('{') + 1, path.length() - 1);
        if ((last.equals("id") || last.endsWith("Id")) && !id.asString().equals(values.get(last))) {
            throw new MismatchedIdException();
        }
    }

    /** 400: the body's {@code id} names another resource than the address. */
    static final class MismatchedIdException extends RuntimeException {
        MismatchedIdException() {
            super(null, null, false, false);
        }
    }

    /**
     * The fields of the representation a body mirrors: for a PUT, or a POST taking the same form,
     * in a REST controller, what that PUT answers and what a GET at its address answers
     * (unwrapping {@code ResponseEntity}); empty for any other body.
     */
    private Optional<Map<String, Type>> representationOf(MethodParameter parameter) {
        Method method = parameter.getMethod();
        Class<?> form = parameter.getParameterType();
        if (method == null
                || !parameter.hasParameterAnnotation(RequestBody.class)
                || !form.isRecord()
                || !(method.isAnnotationPresent(PutMapping.class) || method.isAnnotationPresent(PostMapping.class))) {
            return Optional.empty();
        }
        Map<String, Type> read = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> put :
                mappings.getObject().getHandlerMethods().entrySet()) {
            Method handler = put.getValue().getMethod();
            if (handler.getDeclaringClass() == method.getDeclaringClass()
                    && handler.isAnnotationPresent(PutMapping.class)
                    && Arrays.stream(handler.getParameters())
                            .anyMatch(p -> p.isAnnotationPresent(RequestBody.class) && p.getType() == form)) {
                read.putAll(fields(answered(handler.getGenericReturnType())));
                gets(put.getKey().getPatternValues()).forEach(get -> read.putAll(fields(answered(get))));
            }
        }
        return read.isEmpty() ? Optional.empty() : Optional.of(read);
    }

    /** The types the GETs at these addresses answer. */
    private List<Type> gets(Set<String> patterns) {
        return mappings.getObject().getHandlerMethods().entrySet().stream()
                .filter(get -> get.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .filter(get -> get.getKey().getPatternValues().stream().anyMatch(patterns::contains))
                .map(get -> get.getValue().getMethod().getGenericReturnType())
                .toList();
    }

    private static Class<?> answered(Type returnType) {
        if (returnType instanceof ParameterizedType generic
                && HttpEntity.class.isAssignableFrom((Class<?>) generic.getRawType())) {
            return element(generic.getActualTypeArguments()[0]);
        }
        return element(returnType);
    }

    /** The class of a field, or of its elements for a list. */
    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            return arguments.length == 1 && List.class.isAssignableFrom((Class<?>) generic.getRawType())
                    ? element(arguments[0])
                    : (Class<?>) generic.getRawType();
        }
        return type instanceof Class<?> plain ? plain : Object.class;
    }

    /**
     * A record's JSON properties and their types, those of an unwrapped part included. On a record,
     * {@code @JsonUnwrapped} lands on the component's accessor and field, not on the component.
     */
    static Map<String, Type> fields(Class<?> record) {
        Map<String, Type> fields = new LinkedHashMap<>();
        if (record.isRecord()) {
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                    fields.putAll(fields(component.getType()));
                } else {
                    fields.put(component.getName(), component.getGenericType());
                }
            }
        }
        return fields;
    }

    private static HttpInputMessage replay(HttpInputMessage input, byte[] bytes) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
