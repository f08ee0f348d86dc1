package it.zona.identity;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import it.zona.shared.web.ApiDocumentation;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which operations of the OpenAPI document need a bearer token, read from the same lists the
 * security configuration uses, so that the two cannot disagree: the public reads take a token
 * optionally (staff see more with one), the sign-in and the eligibility check take none, everything
 * else needs one and may answer 401 and 403. Public reads of a plan's content answer 401 or 403 too while the plan is
 * not yet published.
 */
@Component
class ApiSecurityDocumentation implements OpenApiCustomizer {

    private static final String SIGN_IN = "/api/v1/auth/token";

    /** Public reads that are public whatever their state; the others (a plan's content) wait for publication. */
    private static final List<String> ALWAYS_PUBLIC = List.of("/api/v1/districts", "/api/v1/municipalities");

    private final List<PathPattern> publicReads = Arrays.stream(SecurityConfig.PUBLIC_API_READS)
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    private final List<PathPattern> publicQuestions = Arrays.stream(SecurityConfig.PUBLIC_API_QUESTIONS)
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.POST && (path.equals(SIGN_IN) || isPublicQuestion(path))) {
                        operation.setSecurity(List.of());
                    } else if (method == PathItem.HttpMethod.GET && isPublicRead(path)) {
                        operation.setSecurity(List.of(new SecurityRequirement(), bearer()));
                        if (ALWAYS_PUBLIC.stream().noneMatch(path::startsWith)) {
                            refusals(operation);
                        }
                    } else {
                        operation.setSecurity(List.of(bearer()));
                        refusals(operation);
                    }
                }));
    }

    private boolean isPublicQuestion(String path) {
        return publicQuestions.stream().anyMatch(pattern -> pattern.matches(concrete(path)));
    }

    private boolean isPublicRead(String path) {
        return publicReads.stream().anyMatch(pattern -> pattern.matches(concrete(path)));
    }

    /** A path template ({planId}) matches a pattern as any concrete id would. */
    private static PathContainer concrete(String path) {
        return PathContainer.parsePath(path.replaceAll("\\{[^}]+}", "1"));
    }

    private static void refusals(Operation operation) {
        operation.getResponses().addApiResponse("401", ApiDocumentation.problem(401));
        operation.getResponses().addApiResponse("403", ApiDocumentation.problem(403));
        // Keep the statuses in order, as the rest of the document has them.
        var sorted = new TreeMap<>(operation.getResponses());
        operation.getResponses().clear();
        operation.getResponses().putAll(sorted);
    }

    private static SecurityRequirement bearer() {
        return new SecurityRequirement().addList(ApiDocumentation.BEARER);
    }
}
