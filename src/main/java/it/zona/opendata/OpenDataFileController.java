package it.zona.opendata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A District's datasets as files, linked from its open data pages: {@code .csv} and {@code .json},
 * streamed (see {@link OpenDataFiles}). A file is not a page: an unknown District or dataset is a
 * 404 problem detail, as from the API.
 */
@RestController
class OpenDataFileController {

    private final OpenDataFiles files;

    OpenDataFileController(OpenDataFiles files) {
        this.files = files;
    }

    @GetMapping("/districts/{slug}/open-data/{dataset}.csv")
    void csv(
            @PathVariable String slug,
            @PathVariable String dataset,
            ServletWebRequest request,
            HttpServletResponse response)
            throws IOException {
        files.answer(files.find(slug, dataset), DatasetFormat.CSV, false, request, response);
    }

    @GetMapping("/districts/{slug}/open-data/{dataset}.json")
    void json(
            @PathVariable String slug,
            @PathVariable String dataset,
            ServletWebRequest request,
            HttpServletResponse response)
            throws IOException {
        files.answer(files.find(slug, dataset), DatasetFormat.JSON, false, request, response);
    }
}
