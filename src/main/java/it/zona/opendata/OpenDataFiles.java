package it.zona.opendata;

import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a dataset's file: its validators first (a {@code Last-Modified} from the District's last
 * change in the audit log, an {@code ETag} from that change, the dataset, the format and Zona's
 * version, which changes what a dataset holds without any change of data), a 304 when the client's
 * copy is current, else the rows streamed straight to the response inside one read-only
 * transaction: one snapshot of the data, and a database cursor that PostgreSQL reads by fetch size.
 * {@code Cache-Control: public, no-cache}: anyone may keep the file, and asks each time whether it
 * changed.
 */
@Component
class OpenDataFiles {

    private static final Logger log = LoggerFactory.getLogger(OpenDataFiles.class);

    static final String CACHE_CONTROL = "public, no-cache";
    static final int WRITE_BUFFER = 64 * 1024;

    private final OpenDatasets datasets;
    private final DistrictRegistry districts;
    private final DatasetWriter writer;
    private final TransactionTemplate readOnly;
    private final String version;

    OpenDataFiles(
            OpenDatasets datasets,
            DistrictRegistry districts,
            JsonMapper json,
            PlatformTransactionManager transactions,
            @Value("${zona.version}") String version) {
        this.datasets = datasets;
        this.districts = districts;
        this.writer = new DatasetWriter(json);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.version = version;
    }

    /** A District's dataset, which must both exist: a 404 otherwise. */
    record Target(DistrictRef district, OpenDataset dataset) {}

    Target find(String slug, String key) {
        DistrictRef district = districts.ref(slug);
        OpenDataset dataset =
                datasets.find(key).orElseThrow(() -> new NotFoundException("error.opendata.datasetNotFound", key));
        return new Target(district, dataset);
    }

    /**
     * Answers the file; {@code negotiated} when the format was chosen by {@code Accept}, which caches
     * must then tell apart.
     */
    void answer(
            Target target,
            DatasetFormat format,
            boolean negotiated,
            ServletWebRequest request,
            HttpServletResponse response)
            throws IOException {
        Instant changed = datasets.lastModified(target.district().id()).orElse(null);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (negotiated) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        if (request.checkNotModified(etag(target, format, changed), changed == null ? -1 : changed.toEpochMilli())) {
            return;
        }
        response.setContentType(format.mediaType().toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName(target, format), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        if ("HEAD".equals(request.getRequest().getMethod())) {
            return;
        }
        // Larger writes to the socket than the container's 8 KB: a file is megabytes long.
        response.setBufferSize(WRITE_BUFFER);
        OutputStream out = response.getOutputStream();
        try {
            readOnly.executeWithoutResult(status -> writer.write(target.dataset(), target.district(), format, out));
            out.flush();
        } catch (UncheckedIOException | IOException gone) {
            if (!response.isCommitted()) {
                throw gone;
            }
            // The client went away in the middle (or the network did): nobody is left to tell.
            log.info("Download of {} stopped: {}", fileName(target, format), gone.toString());
        }
    }

    /** {@code poggiardo-payments.csv}. */
    static String fileName(Target target, DatasetFormat format) {
        return target.district().slug() + "-" + target.dataset().key() + "." + format.extension();
    }

    /** Strong: the bytes of a file follow from these alone. */
    String etag(Target target, DatasetFormat format, Instant changed) {
        String said = String.join(
                "\n",
                version,
                Long.toString(target.district().id()),
                target.dataset().key(),
                format.name(),
                changed == null ? "never" : changed.toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(said.getBytes(StandardCharsets.UTF_8));
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
