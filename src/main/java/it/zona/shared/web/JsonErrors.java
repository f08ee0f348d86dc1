package it.zona.shared.web;

import it.zona.shared.web.Problems.FieldProblem;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with an unreadable JSON body in the user's words: which field, what was sent,
 * what is allowed. Jackson's own messages (class names, source positions) never reach the client.
 */
@Component
class JsonErrors {

    private final Problems problems;

    JsonErrors(Problems problems) {
        this.problems = problems;
    }

    ProblemDetail describe(HttpMessageNotReadableException e) {
        Throwable cause = jacksonCause(e);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem(unknown, "error.json.unknownField", path(unknown));
        }
        if (cause instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return fieldProblem(invalid, "error.json.unknownValue", String.valueOf(invalid.getValue()), allowed);
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return fieldProblem(invalid, "error.text.unprintable");
        }
        if (cause instanceof InvalidFormatException invalid) {
            return fieldProblem(invalid, "error.json.invalidValue", String.valueOf(invalid.getValue()));
        }
        if (cause instanceof MismatchedInputException mismatched
                && !mismatched.getPath().isEmpty()) {
            return fieldProblem(mismatched, "error.json.wrongType");
        }
        if (cause instanceof JacksonException unreadable
                && !(cause instanceof StreamReadException)
                && !unreadable.getPath().isEmpty()) {
            // A value Jackson could not convert, such as a date written the wrong way.
            return fieldProblem(unreadable, "error.json.badField");
        }
        if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            return problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "error.json.malformed");
        }
        return problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "error.json.missingBody");
    }

    /**
     * The Jackson exception that says which field failed. Not the root cause: for a badly written
     * date that is the JDK's parse error, which knows nothing of fields.
     */
    private static Throwable jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return t;
            }
        }
        return e;
    }

    private ProblemDetail fieldProblem(JacksonException e, String key, Object... arguments) {
        String field = path(e);
        Object[] withField = new Object[arguments.length + 1];
        withField[0] = field;
        System.arraycopy(arguments, 0, withField, 1, arguments.length);
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", key, withField);
        return problems.withErrors(problem, List.of(new FieldProblem(field, problem.getDetail())));
    }

    /** The JSON path of the offending value, as {@code members[2].role}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
