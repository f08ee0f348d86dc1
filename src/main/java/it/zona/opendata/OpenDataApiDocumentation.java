package it.zona.opendata;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import it.zona.shared.web.ApiDocumentation;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * What the OpenAPI document says of a dataset's files, which their handlers write to the response
 * themselves: the media types (CSV as text, JSON as an array of objects), the validators, 304 to a
 * conditional request, 404 for an unknown District or dataset and, where the format is negotiated,
 * 406 when the client accepts neither.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataApiDocumentation {

    static final String FILE = "/api/v1/districts/{slug}/open-data/{dataset}";

    @Bean
    OpenApiCustomizer openDataFilesDocumented() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            describe(openApi.getPaths().get(FILE), true, true, true);
            describe(openApi.getPaths().get(FILE + ".csv"), true, false, false);
            describe(openApi.getPaths().get(FILE + ".json"), false, true, false);
        };
    }

    private static void describe(PathItem path, boolean csv, boolean json, boolean negotiated) {
        if (path == null || path.getGet() == null) {
            return;
        }
        Operation get = path.getGet();
        Content content = new Content();
        if (csv) {
            content.addMediaType(
                    OpenDataRestController.CSV,
                    new MediaType()
                            .schema(typed("string")
                                    .description("RFC 4180, UTF-8, CRLF; a header row of the column names, then one "
                                            + "row per record; decimals with a point, dates in ISO 8601, null as an "
                                            + "empty field")));
        }
        if (json) {
            content.addMediaType(
                    org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                    new MediaType()
                            .schema(
                                    typed("array")
                                            .items(
                                                    typed("object")
                                                            .description(
                                                                    "One record, keyed by column name: numbers as numbers, "
                                                                            + "booleans as booleans, dates as ISO 8601 strings, null as null"))));
        }
        ApiResponse ok = new ApiResponse()
                .description(
                        "The dataset, streamed; the columns are listed by `GET /api/v1/districts/{slug}/open-data`")
                .content(content)
                .addHeaderObject(
                        HttpHeaders.ETAG,
                        new Header()
                                .description("Changes with the District's data; send it back in If-None-Match")
                                .schema(typed("string")))
                .addHeaderObject(
                        HttpHeaders.LAST_MODIFIED,
                        new Header()
                                .description("When the District's data last changed; send it back in If-Modified-Since")
                                .schema(typed("string")));
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", ok)
                .addApiResponse(
                        "304",
                        new ApiResponse().description("Not modified since the copy the validators name: no body"));
        ApiResponses found = get.getResponses();
        if (found != null) {
            found.forEach((status, response) -> {
                if (status.startsWith("4")) {
                    responses.addApiResponse(status, response);
                }
            });
        }
        responses.addApiResponse("404", ApiDocumentation.problem(404));
        if (negotiated) {
            responses.addApiResponse("406", ApiDocumentation.problem(406));
        }
        get.setResponses(sorted(responses));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        List<String> statuses = responses.keySet().stream().sorted().toList();
        statuses.forEach(status -> sorted.addApiResponse(status, responses.get(status)));
        return sorted;
    }

    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.addType(type);
        return schema;
    }
}
