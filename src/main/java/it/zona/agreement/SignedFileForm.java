package it.zona.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * A party's signed file as its page sends it. A browser sends an empty part when no file was
 * chosen: that is said next to the field, not taken for a file to validate.
 */
record SignedFileForm(MultipartFile file) {

    void checkChosen(BindingResult errors) {
        if ((file == null || file.isEmpty()) && !errors.hasFieldErrors("file")) {
            errors.rejectValue("file", "agreement.sign.noFile");
        }
    }

    String name() {
        return file.getOriginalFilename();
    }

    byte[] content() {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
