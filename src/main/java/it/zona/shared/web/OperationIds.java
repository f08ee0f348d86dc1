package it.zona.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Operation ids made from the path, so that they read as what they do and cannot repeat the way
 * Java method names do ({@code list_3}): a verb and the nouns of the path, each noun singular when
 * an id follows it. {@code GET /plans/{planId}/needs} is {@code listPlanNeeds}, {@code PUT
 * /plans/{planId}/needs/{needId}} is {@code updatePlanNeed}, a {@code POST} answering 201 is
 * {@code createPlanNeed}; any other {@code POST} is an action named by its Java method:
 * {@code POST /calls/{callId}/open} is {@code openCall}.
 */
final class OperationIds {

    private static final String PREFIX = "/api/v1/";

    /** Java method names of two bodies of one operation (a CSV body or a file): not part of the id. */
    private static final Set<String> BODY_WORDS = Set.of("Body", "File");

    private OperationIds() {}

    static String of(String httpMethod, String path, Operation operation) {
        String[] segments = path.substring(PREFIX.length()).split("/");
        boolean endsWithId = isVariable(segments[segments.length - 1]);
        String javaName = operation.getOperationId() == null
                ? ""
                : operation.getOperationId().replaceFirst("_\\d+$", "");
        boolean action = httpMethod.equals("POST") && !endsWithId && !answers(operation, "201");
        List<String> nouns = new ArrayList<>();
        int lastNoun = action ? segments.length - 1 : segments.length;
        for (int i = 0; i < lastNoun; i++) {
            if (!isVariable(segments[i])) {
                boolean single = i + 1 < segments.length && isVariable(segments[i + 1])
                        || (i == lastNoun - 1 && !action && !lists(httpMethod, operation));
                nouns.add(camel(single ? singular(segments[i]) : segments[i]));
            }
        }
        String subject = String.join("", nouns);
        // A GET of an address that ends with an id gets that item, whatever its body (a dataset's
        // rows); "{dataset}.csv" names the item's format, which the id ends with.
        String last = segments[segments.length - 1];
        String format = endsWithId && last.contains(".") ? camel(last.substring(last.indexOf('.') + 1)) : "";
        String verb = switch (httpMethod) {
            case "GET" -> !endsWithId && lists(httpMethod, operation) ? "list" : "get";
            case "PUT", "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> action ? firstWord(javaName) : "create";
        };
        String rest = action ? javaName.substring(firstWord(javaName).length()) : "";
        if (subject.endsWith(rest) || BODY_WORDS.contains(rest)) {
            rest = "";
        }
        return verb + subject + rest + format;
    }

    /** "listPlanNeeds" as "List plan needs": the summary of an operation that has none of its own. */
    static String sentence(String operationId) {
        String words = operationId.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A GET whose answer is a list or a page of items (anything but a single item with an id). */
    private static boolean lists(String httpMethod, Operation operation) {
        if (!httpMethod.equals("GET") || operation.getResponses() == null) {
            return false;
        }
        ApiResponse ok = operation.getResponses().get("200");
        if (ok == null || ok.getContent() == null) {
            return false;
        }
        for (MediaType media : ok.getContent().values()) {
            Schema<?> schema = media.getSchema();
            if (schema != null
                    && ("array".equals(schema.getType())
                            || (schema.getTypes() != null && schema.getTypes().contains("array"))
                            || (schema.get$ref() != null && schema.get$ref().contains("PageView")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean answers(Operation operation, String status) {
        return operation.getResponses() != null && operation.getResponses().containsKey(status);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{");
    }

    private static String singular(String noun) {
        if (noun.equals("people")) {
            return "person";
        }
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.endsWith("s") && !noun.endsWith("ss") && !noun.equals("minutes")) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    /** "governing-bodies" as "GoverningBodies", "summary.pdf" as "SummaryPdf", "me" as "My". */
    private static String camel(String segment) {
        if (segment.equals("me")) {
            return "My";
        }
        StringBuilder camel = new StringBuilder();
        for (String word : segment.split("[-.]")) {
            if (!word.isEmpty()) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return camel.toString();
    }

    private static String firstWord(String camelCase) {
        for (int i = 1; i < camelCase.length(); i++) {
            if (Character.isUpperCase(camelCase.charAt(i))) {
                return camelCase.substring(0, i);
            }
        }
        return camelCase;
    }
}
