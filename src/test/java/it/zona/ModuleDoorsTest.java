package it.zona;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * A module's public types are its door: each must be used from another package (another module's
 * or a sub-package of its own), or be part of what such a type shows (the type of a field, a
 * parameter or a result of its public members). A public type nobody outside uses only widens the
 * door, and makes the next maintainer believe others rely on it. Types a template names ({@code T(...)}) count as used; types that a library creates by name
 * (H2's triggers) must be public and are let through, as is Spring Data's query enhancer selector,
 * which the bean definitions Spring's AOT processing generates in the repositories' packages name.
 */
class ModuleDoorsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.zona");

    /** Each module's base package and name; a type belongs to the module of its longest base package. */
    private final Map<String, String> modules = ApplicationModules.of(ZonaApplication.class).stream()
            .collect(Collectors.toMap(
                    m -> m.getBasePackage().getName(), m -> m.getIdentifier().toString()));

    @Test
    void everyPublicTypeOfAModuleIsUsedOutsideIt() throws IOException {
        assertThat(needless(MAIN, modules, namedByTemplates()))
                .as("public types no other package uses: make them package-private")
                .isEmpty();
    }

    @Test
    void aPublicTypeNoOtherPackageUsesIsFoundAndOneShownByAUsedTypeIsNot() {
        JavaClasses planted = new ClassFileImporter().importPackages("it.zona.support.doors");
        Map<String, String> rooms = Map.of("it.zona.support.doors.a", "a", "it.zona.support.doors.b", "b");

        assertThat(needless(planted, rooms, Set.of())).isEqualTo(Map.of("a", Set.of("Needless")));
        assertThat(needless(planted, rooms, Set.of("it.zona.support.doors.a.Needless")))
                .isEmpty();
    }

    /** By module, the public top-level types that nothing justifies. */
    static Map<String, Set<String>> needless(
            JavaClasses classes, Map<String, String> modules, Set<String> namedByTemplates) {
        Set<JavaClass> justified = new HashSet<>();
        Deque<JavaClass> toShow = new ArrayDeque<>();
        for (JavaClass type : classes) {
            JavaClass top = topLevel(type);
            Optional<String> module = module(top, modules);
            if (module.isEmpty() || !isPublic(top)) {
                continue;
            }
            // Java asks for public as soon as another package uses a type, even one of the same module.
            boolean usedOutside = type.getDirectDependenciesToSelf().stream()
                    .map(d -> topLevel(d.getOriginClass()))
                    .anyMatch(origin -> !origin.getPackageName().equals(top.getPackageName()));
            if (usedOutside
                    || namedByTemplates.contains(top.getName())
                    || top.isAssignableTo("org.h2.api.Trigger")
                    || top.isAssignableTo("org.springframework.data.jpa.repository.query.QueryEnhancerSelector")) {
                if (justified.add(top)) {
                    toShow.add(top);
                }
            }
        }
        // What a used type shows in its public members is part of the door too.
        while (!toShow.isEmpty()) {
            JavaClass shown = toShow.pop();
            classes.stream()
                    .filter(c -> topLevel(c).equals(shown))
                    .flatMap(c -> c.getMembers().stream())
                    .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                    .flatMap(ModuleDoorsTest::typesShownBy)
                    .map(ModuleDoorsTest::topLevel)
                    .filter(t -> module(t, modules).isPresent() && isPublic(t))
                    .filter(justified::add)
                    .forEach(toShow::add);
        }
        Map<String, Set<String>> needless = new TreeMap<>();
        for (JavaClass type : classes) {
            if (type.isTopLevelClass() && isPublic(type) && !justified.contains(type)) {
                module(type, modules)
                        .ifPresent(m -> needless.computeIfAbsent(m, k -> new TreeSet<>())
                                .add(type.getSimpleName()));
            }
        }
        return needless;
    }

    /** The types a template names with {@code T(...)}: the page needs them public like any caller. */
    private static Set<String> namedByTemplates() throws IOException {
        Set<String> named = new HashSet<>();
        Pattern type = Pattern.compile("T\\((it\\.zona\\.[\\w.]+)\\)");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher m = type.matcher(Files.readString(template));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        return named;
    }

    private static Optional<String> module(JavaClass type, Map<String, String> modules) {
        if (type.getSimpleName().equals("package-info")) {
            return Optional.empty();
        }
        String pkg = type.getPackageName();
        return modules.entrySet().stream()
                .filter(m -> pkg.equals(m.getKey()) || pkg.startsWith(m.getKey() + "."))
                .max(Comparator.comparing(m -> m.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private static Stream<JavaClass> typesShownBy(JavaMember member) {
        Stream<JavaClass> types = member.getAllInvolvedRawTypes().stream();
        if (member instanceof JavaMethod method) {
            types = Stream.concat(types, method.getReturnType().getAllInvolvedRawTypes().stream());
        }
        return types;
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static boolean isPublic(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC);
    }
}
