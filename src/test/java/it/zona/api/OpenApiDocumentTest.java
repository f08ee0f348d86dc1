package it.zona.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import it.zona.shared.PageView;
import it.zona.support.ZonaIntegrationTest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document tells the truth about the API: who needs a token, what each operation
 * answers and in which media type, errors as problem details, one schema per class with the
 * properties the API takes and the ones it requires. It also writes the document to
 * target/openapi.json, which .ci/run lints with Redocly.
 */
@ZonaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Value("${zona.base-url}")
    String baseUrl;

    private String text;
    private JsonNode document;

    @BeforeAll
    void readTheDocument() throws Exception {
        text = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), text);
        document = json.readTree(text);
    }

    @Test
    void theDocumentNamesTheApiItsVersionLicenceAndServer() {
        JsonNode info = document.path("info");
        assertThat(info.path("title").asString()).isEqualTo("Zona API");
        assertThat(info.path("version").asString())
                .isNotBlank()
                .isNotEqualTo("v0")
                .doesNotContain("@");
        assertThat(info.path("description").asString()).isNotBlank();
        assertThat(info.path("license").path("name").asString()).isEqualTo("EUPL-1.2");
        assertThat(info.path("license").path("url").asString()).startsWith("https://");
        assertThat(info.path("contact").isObject()).isTrue();
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo(baseUrl);
    }

    @Test
    void securedOperationsAskForTheBearerTokenAndMayAnswer401And403() {
        JsonNode scheme = document.path("components").path("securitySchemes").path("bearerToken");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        operations((method, path, operation) -> {
            assertThat(operation.has("security")).as(method + " " + path).isTrue();
            boolean optional = false;
            boolean bearer = false;
            for (JsonNode requirement : operation.path("security")) {
                optional |= requirement.isEmpty();
                bearer |= requirement.has("bearerToken");
            }
            if (bearer && !optional) {
                assertThat(operation.path("responses").has("401"))
                        .as(method + " " + path)
                        .isTrue();
                assertThat(operation.path("responses").has("403"))
                        .as(method + " " + path)
                        .isTrue();
            }
        });
        JsonNode signIn = document.at("/paths/~1api~1v1~1auth~1token/post");
        assertThat(signIn.path("security").isEmpty()).isTrue();
        JsonNode createNeed = document.at("/paths/~1api~1v1~1plans~1{planId}~1needs/post/security/0");
        assertThat(createNeed.has("bearerToken")).isTrue();
        JsonNode readDistricts = document.at("/paths/~1api~1v1~1districts/get");
        assertThat(readDistricts.path("security").get(0).isEmpty()).isTrue();
        assertThat(readDistricts.path("responses").has("401")).isFalse();
    }

    @Test
    void jsonIsApplicationJsonNeverAnyType() {
        assertThat(text).doesNotContain("*/*");
    }

    @Test
    void everyClientErrorIsAProblemDetail() {
        JsonNode problem = document.at("/components/schemas/Problem/properties");
        assertThat(problem.has("type")
                        && problem.has("title")
                        && problem.has("status")
                        && problem.has("detail")
                        && problem.has("instance")
                        && problem.has("errors")
                        && problem.has("currentVersion"))
                .isTrue();
        assertThat(document.at("/components/schemas/FieldProblem/properties").has("field"))
                .isTrue();
        operations((method, path, operation) -> operation
                .path("responses")
                .properties()
                .forEach(entry -> {
                    if (entry.getKey().startsWith("4")) {
                        JsonNode content = resolve(entry.getValue()).path("content");
                        assertThat(content.propertyNames())
                                .as(method + " " + path + " " + entry.getKey())
                                .containsExactly(PROBLEM);
                        assertThat(content.path(PROBLEM)
                                        .path("schema")
                                        .path("$ref")
                                        .asString())
                                .isEqualTo("#/components/schemas/Problem");
                    }
                }));
    }

    @Test
    void statusesAreTheOnesTheControllersAnswer() {
        JsonNode needs = document.at("/paths/~1api~1v1~1plans~1{planId}~1needs");
        JsonNode need = document.at("/paths/~1api~1v1~1plans~1{planId}~1needs~1{needId}");
        assertThat(needs.at("/post/responses").propertyNames()).contains("201").doesNotContain("200");
        assertThat(needs.at("/post/responses/201/headers").has("Location")).isTrue();
        assertThat(need.at("/delete/responses").propertyNames()).contains("204").doesNotContain("200");
        assertThat(need.at("/delete/responses/204").has("content")).isFalse();
        assertThat(need.at("/get/responses/200/headers").has("ETag")).isTrue();
        assertThat(need.at("/put/responses").propertyNames()).contains("200", "404", "409", "412", "422", "428");
        assertThat(need.at("/get/responses").propertyNames()).contains("404").doesNotContain("409", "412");
        JsonNode token = document.at("/paths/~1api~1v1~1auth~1token/post/responses");
        assertThat(token.propertyNames()).contains("201", "401", "403", "429");
        operations((method, path, operation) -> {
            // A deletion answers 204, unless it gives back what it changed (a seat left, kept in history).
            if (method.equals("delete")) {
                assertThat(operation.path("responses").has("204")
                                || operation.at("/responses/200").has("content"))
                        .as(path)
                        .isTrue();
            }
            // A POST that creates something with its own address says where it is.
            if (method.equals("post") && operation.path("responses").has("201") && hasItemPath(path)) {
                assertThat(operation.at("/responses/201/headers").has("Location"))
                        .as(path)
                        .isTrue();
            }
        });
    }

    @Test
    void documentsAreBinaryPdf() {
        List<String> pdfs = new ArrayList<>();
        operations((method, path, operation) -> {
            if (path.endsWith(".pdf") || path.endsWith("/pdf") || path.endsWith("/content")) {
                pdfs.add(path);
                JsonNode content = operation.at("/responses/200/content");
                assertThat(content.propertyNames()).as(path).containsExactly("application/pdf");
                JsonNode schema = content.path("application/pdf").path("schema");
                assertThat(schema.path("type").asString()).isEqualTo("string");
                assertThat(schema.path("format").asString()).isEqualTo("binary");
            }
        });
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void spreadsheetsAndCsvFilesAreBinaryInTheirOwnMediaTypeAndMayBeRefusedWith422() {
        Map<String, String> types = Map.of(
                ".csv", "text/csv", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<String> files = new ArrayList<>();
        operations((method, path, operation) -> types.forEach((extension, type) -> {
            if (path.startsWith("/api/v1/plans/{id}/exports/") && path.endsWith(extension)) {
                files.add(path);
                JsonNode content = operation.at("/responses/200/content");
                assertThat(content.propertyNames()).as(path).containsExactly(type);
                assertThat(content.path(type).path("schema").path("format").asString())
                        .isEqualTo("binary");
                assertThat(operation.path("responses").propertyNames()).as(path).contains("401", "403", "404", "422");
            }
        }));
        assertThat(files).hasSize(6);
    }

    @Test
    void operationIdsAreUniqueAndMeaningful() {
        List<String> ids = new ArrayList<>();
        operations((method, path, operation) -> {
            assertThat(operation.path("summary").asString()).as(path).isNotBlank();
            ids.add(operation.path("operationId").asString());
        });
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+$"));
        assertThat(ids).contains("listPlanNeeds", "getPlanNeed", "updatePlanNeed", "createPlanNeed", "getMeetingNeed");
        assertThat(document.path("components").path("schemas").propertyNames())
                .noneMatch(name -> name.matches(".*\\d+$"));
    }

    /**
     * Every class the API reads or writes has its own schema (two classes of one simple name would
     * share one, and one of them would be documented wrong), with the properties of its record
     * (an accessor such as isEmpty() must not leak as a field the API refuses), and the ones it
     * cannot do without required.
     */
    @Test
    void everyApiClassHasItsOwnSchemaWithItsOwnFieldsAndRequiredOnes() {
        Map<String, Class<?>> byName = new HashMap<>();
        List<String> problems = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Class<?> type : apiClasses()) {
            String name = schemaName(type);
            Class<?> other = byName.put(name, type);
            if (other != null && other != type) {
                problems.add(name + " names both " + other.getName() + " and " + type.getName());
            }
            JsonNode schema = schemas.path(name);
            if (!type.isRecord() || !schema.isObject()) {
                continue;
            }
            Set<String> components = fieldNames(type);
            for (String property : schema.path("properties").propertyNames()) {
                if (!components.contains(property)
                        && !schema.path("properties")
                                .path(property)
                                .path("readOnly")
                                .asBoolean()) {
                    problems.add(name + "." + property + " is not a field of " + type.getName());
                }
            }
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(item -> required.add(item.asString()));
            for (RecordComponent component : type.getRecordComponents()) {
                boolean mandatory = component.getType().isPrimitive()
                        || annotated(component, NotNull.class)
                        || annotated(component, NotBlank.class)
                        || annotated(component, NotEmpty.class);
                if (mandatory
                        && schema.path("properties").has(component.getName())
                        && !required.contains(component.getName())) {
                    problems.add(name + "." + component.getName() + " is required in fact");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(schemas.path("GoverningBodyMemberForm").isObject()).isTrue();
        assertThat(schemas.path("InvitationRequest").path("properties").has("empty"))
                .isFalse();
        assertThat(schemas.at("/InterventionForm/required").toString()).contains("\"allMunicipalities\"");
        // What an agenda item decides on is unwrapped beside its fields, and absent when it decides nothing.
        assertThat(schemas.at("/ItemView/properties").has("planStage")).isTrue();
        assertThat(schemas.at("/ItemView/required").toString()).doesNotContain("planId");
    }

    /** The classes of the API's request bodies and answers, and every class they contain. */
    private Set<Class<?>> apiClasses() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Map.Entry<?, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getKey().toString().contains("/api/")) {
                continue;
            }
            Method method = entry.getValue().getMethod();
            collect(method.getGenericReturnType(), found);
            for (int i = 0; i < method.getParameterCount(); i++) {
                if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
                    collect(method.getGenericParameterTypes()[i], found);
                }
            }
        }
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, found);
            }
            if (!Collection.class.isAssignableFrom(raw)
                    && !Map.class.isAssignableFrom(raw)
                    && !HttpEntity.class.isAssignableFrom(raw)
                    && raw != PageView.class) {
                collect(raw, found);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, found);
            }
        } else if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                collect(raw.getComponentType(), found);
            } else if (raw.getName().startsWith("it.zona.") && !raw.isEnum() && found.add(raw) && raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    collect(component.getGenericType(), found);
                }
            }
        }
    }

    /** The JSON fields of a record: its components, those of an unwrapped one in its place. */
    private static Set<String> fieldNames(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (annotated(component, JsonUnwrapped.class) && component.getType().isRecord()) {
                names.addAll(fieldNames(component.getType()));
            } else {
                names.add(component.getName());
            }
        }
        return names;
    }

    /**
     * Whether a record component carries an annotation, wherever Java put it: an annotation that
     * cannot target a record component lands on its field, accessor or type instead.
     */
    private static boolean annotated(RecordComponent component, Class<? extends Annotation> annotation) {
        try {
            return component.isAnnotationPresent(annotation)
                    || component.getAccessor().isAnnotationPresent(annotation)
                    || component.getAnnotatedType().isAnnotationPresent(annotation)
                    || component
                            .getDeclaringRecord()
                            .getDeclaredField(component.getName())
                            .isAnnotationPresent(annotation);
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String schemaName(Class<?> type) {
        Schema named = type.getAnnotation(Schema.class);
        return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
    }

    private boolean hasItemPath(String path) {
        Set<String> paths = new TreeSet<>(document.path("paths").propertyNames());
        return paths.stream()
                .anyMatch(other -> other.startsWith(path + "/{")
                        && other.indexOf('/', path.length() + 1) < 0
                        && document.path("paths").path(other).has("get"));
    }

    private JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asString("");
        return ref.isEmpty() ? response : document.at(ref.substring(1));
    }

    private interface OperationCheck {
        void check(String method, String path, JsonNode operation);
    }

    private void operations(OperationCheck check) {
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        check.check(operation.getKey(), path.getKey(), operation.getValue());
                    }
                }));
    }
}
