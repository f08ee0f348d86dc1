package it.zona.shared.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How request parameters become forms. Forms are records, built through their constructor; when a
 * value cannot be converted (a word in a number, an unknown choice) Spring still builds the record
 * with that component left empty, but keeps a binding result without it, so the page had no form
 * to show again and answered 500. Here the record stays with its errors: each failed value is a
 * field error next to its field, showing what the user typed. Numbers on pages are read as people
 * write them in the page's language ({@link DecimalEditor}); the JSON API keeps JSON numbers.
 */
@Configuration(proxyBeanMethods = false)
class PageBinding {

    private static final String REASON = "reason";

    @Bean
    WebMvcRegistrations formsThatSurviveBadValues() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new Adapter();
            }
        };
    }

    private static final class Adapter extends RequestMappingHandlerAdapter {

        @Override
        protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
            return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
                @Override
                protected ServletRequestDataBinder createBinderInstance(
                        Object target, String objectName, NativeWebRequest request) {
                    return new FormBinder(target, objectName);
                }

                @Override
                public void initBinder(WebDataBinder binder, NativeWebRequest request) throws Exception {
                    super.initBinder(binder, request);
                    binder.setBindingErrorProcessor(new ChoiceAwareErrors());
                    // A change's reason is checked where it is required, so its error shows next to
                    // its field on the form the reason came with.
                    if (!REASON.equals(binder.getObjectName())) {
                        binder.registerCustomEditor(String.class, new TypedText.FormText());
                    }
                    WholeNumberEditor.register(binder);
                    HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
                    if (binder instanceof FormBinder form && servlet != null && !ApiRequests.isApi(servlet)) {
                        form.readDecimalsAs(new DecimalEditor(LocaleContextHolder.getLocale()));
                    }
                }
            };
        }
    }

    /** Keeps the record that constructor binding built despite conversion errors, with those errors. */
    static final class FormBinder extends ExtendedServletRequestDataBinder {

        private AbstractPropertyBindingResult withTarget;
        private DecimalEditor decimals;

        FormBinder(Object target, String objectName) {
            super(target, objectName);
        }

        void readDecimalsAs(DecimalEditor editor) {
            decimals = editor;
            registerCustomEditor(BigDecimal.class, editor);
        }

        @Override
        public void construct(ValueResolver valueResolver) {
            super.construct(valueResolver);
            BindingResult built = super.getInternalBindingResult();
            if (getTarget() != null && built.getTarget() == null) {
                AbstractPropertyBindingResult result = createBeanPropertyBindingResult();
                result.addAllErrors(built);
                if (decimals != null) {
                    result.getPropertyAccessor().registerCustomEditor(BigDecimal.class, decimals);
                }
                withTarget = result;
                checkTheRest();
            }
            flagBrokenVersion();
        }

        /**
         * Spring validates a form only when every value converted, so a single mistyped number hid
         * the form's other mistakes until it was corrected. The other fields are checked now, and
         * each keeps only its first error: a value that did not convert is not also "required".
         */
        private void checkTheRest() {
            BindingResult checked = createBeanPropertyBindingResult();
            for (Validator validator : getValidatorsToApply()) {
                validator.validate(withTarget.getTarget(), checked);
            }
            for (FieldError error : checked.getFieldErrors()) {
                if (!withTarget.hasFieldErrors(error.getField())) {
                    withTarget.addError(error);
                }
            }
            checked.getGlobalErrors().forEach(withTarget::addError);
        }

        @Override
        public void bind(ServletRequest request) {
            super.bind(request);
            flagBrokenVersion();
        }

        /**
         * The version travels in a hidden field, where its error would never be seen: the form says
         * at its top that it came back damaged.
         */
        private void flagBrokenVersion() {
            BindingResult result = getBindingResult();
            boolean broken = result.getFieldErrors().stream()
                    .anyMatch(error -> error.isBindingFailure()
                            && (error.getField().equals("version")
                                    || error.getField().endsWith(".version")));
            boolean flagged = result.getGlobalErrors().stream()
                    .anyMatch(error -> "error.form.badVersion".equals(error.getCode()));
            if (broken && !flagged) {
                result.reject("error.form.badVersion");
            }
        }

        @Override
        protected AbstractPropertyBindingResult getInternalBindingResult() {
            return withTarget != null ? withTarget : super.getInternalBindingResult();
        }
    }

    /**
     * A value that is not one of a choice's options (a select sent back tampered with, an old
     * bookmark) gets the words for a choice, not those for a badly written value.
     */
    static final class ChoiceAwareErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException e, BindingResult bindingResult) {
            if (e instanceof TypeMismatchException mismatch
                    && mismatch.getRequiredType() != null
                    && mismatch.getRequiredType().isEnum()) {
                String field = bindingResult.getNestedPath() + e.getPropertyName();
                List<String> codes =
                        new ArrayList<>(List.of(bindingResult.resolveMessageCodes(e.getErrorCode(), field)));
                codes.add(codes.size() - 1, "typeMismatch.choice");
                bindingResult.addError(new FieldError(
                        bindingResult.getObjectName(),
                        field,
                        e.getValue(),
                        true,
                        codes.toArray(String[]::new),
                        getArgumentsForBindError(bindingResult.getObjectName(), field),
                        null));
                return;
            }
            super.processPropertyAccessException(e, bindingResult);
        }
    }
}
