package it.zona.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document at {@code /v3/api-docs} says what the API does, not what springdoc guesses:
 * the statuses each operation really answers (read from the controller's code by
 * {@link HandlerResponses}), every error as an RFC 9457 problem, the real media types, the
 * {@code ETag} and {@code Location} headers, and operation ids made from the paths. Which
 * operations need a token is added by the identity module, which owns the security rules.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    /** The name of the bearer-token security scheme. */
    public static final String BEARER = "bearerToken";

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String PDF = org.springframework.http.MediaType.APPLICATION_PDF_VALUE;
    private static final Set<RequestMethod> WRITES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** The problem responses, by status: the name in components/responses and what it means. */
    private static final Map<Integer, String[]> PROBLEMS = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    400, new String[] {"BadRequest", "The request is malformed or invalid; `errors` lists each field"}),
            Map.entry(401, new String[] {"Unauthorized", "A valid bearer token is needed"}),
            Map.entry(403, new String[] {"Forbidden", "The account's role does not allow this"}),
            Map.entry(404, new String[] {"NotFound", "Nothing with this id (or not visible to this account)"}),
            Map.entry(406, new String[] {
                "NotAcceptable", "None of the media types the Accept header asks for is one this operation answers in"
            }),
            Map.entry(409, new String[] {
                "Conflict", "Conflicts with the current state, or a stale `version` (see `currentVersion`)"
            }),
            Map.entry(412, new String[] {
                "PreconditionFailed", "If-Match names a version that is no longer current (see `currentVersion`)"
            }),
            Map.entry(413, new String[] {"ContentTooLarge", "The body is larger than the API accepts"}),
            Map.entry(
                    415, new String[] {"UnsupportedMediaType", "The body is not in a media type this operation takes"}),
            Map.entry(422, new String[] {"UnprocessableContent", "Well-formed, but a rule of the domain refuses it"}),
            Map.entry(428, new String[] {
                "PreconditionRequired", "Say which version was read: If-Match or the body's `version`"
            }),
            Map.entry(429, new String[] {"TooManyRequests", "Too many failed sign-ins: wait before trying again"})));

    /** The reference to the problem response of a status. */
    public static ApiResponse problem(int status) {
        return new ApiResponse().$ref("#/components/responses/" + PROBLEMS.get(status)[0]);
    }

    @Bean
    OpenAPI zonaOpenApi(@Value("${zona.base-url}") String baseUrl, @Value("${zona.version}") String version) {
        String site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Components components = new Components()
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An opaque token from `POST /api/v1/auth/token`, sent as "
                                        + "`Authorization: Bearer <token>`; valid for 8 hours unless revoked."))
                .addSchemas("FieldProblem", fieldProblem())
                .addSchemas("Problem", problemSchema());
        PROBLEMS.forEach((status, named) -> components.addResponses(
                named[0],
                new ApiResponse()
                        .description(named[1])
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
        return new OpenAPI()
                .info(new Info()
                        .title("Zona API")
                        .version(version)
                        .description("The JSON API of Zona, the platform on which an Italian Ambito territoriale "
                                + "sociale runs its Piano di Zona: Districts, governing bodies, plans, needs, "
                                + "objectives, interventions, budget, thematic tables, meetings and minutes. "
                                + "Errors are RFC 9457 problem details in the language of Accept-Language "
                                + "(Italian or English). Updates say which version they read, in If-Match "
                                + "(the ETag of the read) or in the body's `version`.")
                        .license(new License()
                                .name("EUPL-1.2")
                                .identifier("EUPL-1.2")
                                .url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"))
                        .contact(new Contact().name("Zona").url(site + "/legal-notes")))
                .servers(List.of(new Server().url(site)))
                .components(components);
    }

    @Bean
    OperationCustomizer truthfulResponses() {
        return (operation, handler) -> {
            HandlerResponses facts = HandlerResponses.of(handler.getMethod());
            operation.setResponses(responses(operation, handler, facts));
            describeIfMatch(operation);
            return operation;
        };
    }

    /** Operation ids and summaries from the paths, once every operation is known. */
    @Bean
    OpenApiCustomizer operationNames() {
        return openApi -> openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    operation.setOperationId(OperationIds.of(method.name(), path, operation));
                    if (operation.getSummary() == null) {
                        operation.setSummary(OperationIds.sentence(operation.getOperationId()));
                    }
                }));
    }

    private static ApiResponses responses(Operation operation, HandlerMethod handler, HandlerResponses facts) {
        Content content = successContent(operation, handler);
        ApiResponses responses = new ApiResponses();
        for (int status : facts.successes()) {
            ApiResponse response = new ApiResponse().description(successDescription(status));
            if (status != 204 && content != null) {
                response.content(content);
            }
            if (status == 201 && facts.location()) {
                response.addHeaderObject(
                        HttpHeaders.LOCATION,
                        new Header()
                                .description("The address of what was created")
                                .schema(uriReference()));
            }
            if (status != 204 && facts.etag()) {
                response.addHeaderObject(
                        HttpHeaders.ETAG,
                        new Header()
                                .description("The version, to send back in If-Match when changing it")
                                .schema(string()));
            }
            responses.addApiResponse(String.valueOf(status), response);
        }
        Map<Integer, ApiResponse> errors = new TreeMap<>();
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        if (hasParameters || hasBody) {
            errors.put(400, problem(400));
        }
        if (hasParameters && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
            errors.put(404, problem(404));
        }
        if (isWrite(handler)) {
            errors.put(409, problem(409));
            errors.put(422, problem(422));
        }
        if (facts.checksVersion()) {
            errors.put(412, problem(412));
            errors.put(428, problem(428));
        }
        if (hasBody) {
            errors.put(413, problem(413));
            errors.put(415, problem(415));
        }
        facts.errors().stream().filter(PROBLEMS::containsKey).forEach(status -> errors.put(status, problem(status)));
        declaredErrors(handler).stream()
                .filter(PROBLEMS::containsKey)
                .forEach(status -> errors.put(status, problem(status)));
        errors.forEach((status, response) -> responses.addApiResponse(String.valueOf(status), response));
        return responses;
    }

    /**
     * Errors a handler declares with {@code @ApiResponse} that neither its code nor its kind shows:
     * a read refused by a domain rule (422), for one.
     */
    private static List<Integer> declaredErrors(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(
                        handler.getMethod(), io.swagger.v3.oas.annotations.responses.ApiResponse.class)
                .stream()
                .map(io.swagger.v3.oas.annotations.responses.ApiResponse::responseCode)
                .filter(code -> code.matches("[45]\\d\\d"))
                .map(Integer::valueOf)
                .toList();
    }

    /** The body springdoc found for the success answer, under its real media type. */
    private static Content successContent(Operation operation, HandlerMethod handler) {
        // Files first: springdoc leaves out the body of an operation that also declares an @ApiResponse.
        if (returnsBytes(handler)) {
            RequestMapping mapping =
                    AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            String produces = mapping != null && mapping.produces().length > 0 ? mapping.produces()[0] : PDF;
            return new Content().addMediaType(produces, new MediaType().schema(binary()));
        }
        ApiResponses found = operation.getResponses();
        ApiResponse success = found == null
                ? null
                : found.entrySet().stream()
                        .filter(entry -> entry.getKey().startsWith("2"))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
        if (success == null
                || success.getContent() == null
                || success.getContent().isEmpty()) {
            return null;
        }
        Map<String, MediaType> media = new LinkedHashMap<>();
        success.getContent().forEach((type, value) -> media.put("*/*".equals(type) ? JSON : type, value));
        Content content = new Content();
        content.putAll(media);
        return content;
    }

    /** The API's only byte bodies are documents (PDF/A unless the mapping says otherwise). */
    private static boolean returnsBytes(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(HttpEntity.class).getGeneric(0);
        }
        return type.toClass() == byte[].class;
    }

    private static void describeIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                parameter.setDescription("The ETag of the version read (\"3\"); wins over the body's `version`. "
                        + "One of the two is required.");
            }
        }
    }

    private static boolean isWrite(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && List.of(mapping.method()).stream().anyMatch(WRITES::contains);
    }

    private static String successDescription(int status) {
        return switch (status) {
            case 201 -> "Created";
            case 204 -> "Done; nothing to return";
            default -> "OK";
        };
    }

    private static Schema<?> problemSchema() {
        Schema<?> errors = typed("array")
                .items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                .description("Each offending input, for validation errors");
        return typed("object")
                .description("An RFC 9457 problem detail, in the request's language")
                .addProperty(
                        "type",
                        uriReference().description("What kind of problem, as a URN (urn:zona:problem:validation)"))
                .addProperty("title", string().description("The kind of problem, in words"))
                .addProperty("status", typed("integer").format("int32").description("The HTTP status"))
                .addProperty("detail", string().description("What went wrong this time, in words"))
                .addProperty("instance", uriReference().description("The request's path"))
                .addProperty("errors", errors)
                .addProperty(
                        "currentVersion",
                        typed("integer").format("int64").description("The current version, when the one sent is stale"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblem() {
        return typed("object")
                .addProperty(
                        "field",
                        typed("string", "null")
                                .description("The JSON path of the field (hours[1].opensAt), null for the whole body"))
                .addProperty("message", string().description("What is wrong with it"))
                .required(List.of("message"));
    }

    private static Schema<?> string() {
        return typed("string");
    }

    private static Schema<?> uriReference() {
        return typed("string").format("uri-reference");
    }

    private static Schema<?> binary() {
        return typed("string").format("binary");
    }

    /** A schema of JSON Schema types, written both ways (OpenAPI 3.1 reads {@code types}). */
    private static Schema<?> typed(String type, String... more) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.addType(type);
        for (String other : more) {
            schema.addType(other);
        }
        return schema;
    }
}
