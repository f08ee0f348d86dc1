package it.zona.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What a controller method answers, read from its compiled code rather than declared a second time:
 * the statuses it builds ({@code ResponseEntity.created}, {@code noContent}, {@code status(...)},
 * {@code @ResponseStatus}), whether it sets {@code Location} and {@code ETag}, and whether it checks
 * the version the client read ({@link Versions#expected}). The method's own helpers and lambdas in
 * the same class are followed; calls into other classes are not.
 */
record HandlerResponses(Set<Integer> statuses, boolean location, boolean etag, boolean checksVersion) {

    private static final String RESPONSE_ENTITY = Type.getInternalName(ResponseEntity.class);
    private static final String HTTP_STATUS = Type.getInternalName(HttpStatus.class);
    private static final String VERSIONS = Type.getInternalName(Versions.class);

    /** The success statuses (2xx), 200 when the method builds none itself. */
    Set<Integer> successes() {
        Set<Integer> successes = new TreeSet<>();
        statuses.stream().filter(status -> status < 300).forEach(successes::add);
        if (successes.isEmpty()) {
            successes.add(HttpStatus.OK.value());
        }
        return successes;
    }

    /** Error statuses the method answers itself, besides those of the exception handler. */
    Set<Integer> errors() {
        Set<Integer> errors = new TreeSet<>();
        statuses.stream().filter(status -> status >= 400).forEach(errors::add);
        return errors;
    }

    static HandlerResponses of(Method method) {
        Scan scan = new Scan(method.getDeclaringClass());
        scan.follow(method.getName(), Type.getMethodDescriptor(method));
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(method, ResponseStatus.class);
        if (declared != null) {
            scan.statuses.add(declared.code().value());
        }
        return new HandlerResponses(Set.copyOf(scan.statuses), scan.location, scan.etag, scan.checksVersion);
    }

    /** One walk through a method and the same-class methods it calls. */
    private static final class Scan {

        private final Class<?> type;
        private final String owner;
        private final Set<String> visited = new HashSet<>();
        private final Deque<String> pending = new ArrayDeque<>();
        private final Set<Integer> statuses = new TreeSet<>();
        private boolean location;
        private boolean etag;
        private boolean checksVersion;

        Scan(Class<?> type) {
            this.type = type;
            this.owner = Type.getInternalName(type);
        }

        void follow(String name, String descriptor) {
            pending.add(name + descriptor);
            while (!pending.isEmpty()) {
                String next = pending.pop();
                if (visited.add(next)) {
                    read(next);
                }
            }
        }

        private void read(String wanted) {
            try (InputStream bytes = type.getClassLoader().getResourceAsStream(owner + ".class")) {
                if (bytes == null) {
                    return;
                }
                new ClassReader(bytes)
                        .accept(
                                new ClassVisitor(Opcodes.ASM9) {
                                    @Override
                                    public MethodVisitor visitMethod(
                                            int access, String name, String descriptor, String signature, String[] ex) {
                                        return wanted.equals(name + descriptor) ? new Body() : null;
                                    }
                                },
                                ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private final class Body extends MethodVisitor {

            private final Set<Integer> statusConstants = new TreeSet<>();
            private Integer lastInt;

            Body() {
                super(Opcodes.ASM9);
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                lastInt = operand;
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (HttpHeaders.ETAG.equals(value)) {
                    etag = true;
                } else if (HttpHeaders.LOCATION.equals(value)) {
                    location = true;
                }
            }

            @Override
            public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
                if (opcode == Opcodes.GETSTATIC && HTTP_STATUS.equals(fieldOwner)) {
                    statusConstants.add(HttpStatus.valueOf(name).value());
                }
            }

            @Override
            public void visitMethodInsn(
                    int opcode, String calledOwner, String name, String descriptor, boolean isInterface) {
                if (RESPONSE_ENTITY.equals(calledOwner)) {
                    switch (name) {
                        case "ok" -> statuses.add(HttpStatus.OK.value());
                        case "created" -> {
                            statuses.add(HttpStatus.CREATED.value());
                            location = true;
                        }
                        case "accepted" -> statuses.add(HttpStatus.ACCEPTED.value());
                        case "noContent" -> statuses.add(HttpStatus.NO_CONTENT.value());
                        case "status" -> {
                            // status(HttpStatus.X) or status(201): the constants this method names.
                            statuses.addAll(statusConstants);
                            if (descriptor.startsWith("(I)") && lastInt != null) {
                                statuses.add(lastInt);
                            }
                        }
                        default -> {}
                    }
                } else if (calledOwner.startsWith(RESPONSE_ENTITY + "$")) {
                    // The builders' own setters: ResponseEntity.ok().eTag(...), .location(...).
                    etag |= name.equals("eTag");
                    location |= name.equals("location");
                } else if (VERSIONS.equals(calledOwner)) {
                    switch (name) {
                        case "withEtag" -> {
                            statuses.add(HttpStatus.OK.value());
                            etag = true;
                        }
                        case "expected" -> checksVersion = true;
                        default -> {}
                    }
                } else if (owner.equals(calledOwner)) {
                    pending.add(name + descriptor);
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                for (Object argument : arguments) {
                    if (argument instanceof Handle lambda && owner.equals(lambda.getOwner())) {
                        pending.add(lambda.getName() + lambda.getDesc());
                    }
                }
            }
        }
    }
}
