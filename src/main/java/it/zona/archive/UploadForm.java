package it.zona.archive;

import it.zona.shared.OfficialDocumentIssued.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.web.multipart.MultipartFile;

/**
 * An official document taken outside Zona and kept in its archive: a regional decree, the
 * memorandum signed with the unions, the implementation scheme. {@code replaces} names the document
 * this file is a new version of. The same form serves the page and the API (multipart).
 */
record UploadForm(
        @NotNull Kind kind,
        @NotBlank @Size(max = 400) String title,
        @NotNull LocalDate issuedOn,
        @Size(max = 500) String act,
        Long planId,
        Long replaces,
        MultipartFile file) {

    /** The file's bytes; none when no file was sent. */
    byte[] content() {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    String fileName() {
        return file == null ? null : file.getOriginalFilename();
    }
}
