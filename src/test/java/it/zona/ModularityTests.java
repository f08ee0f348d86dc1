package it.zona;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules are the top-level packages; each may use only the modules its package-info allows,
 * only through their top-level (API) types, and none may depend on another in a cycle. The table of
 * modules in docs/architecture.md must say the same as the package-infos. The module documentation
 * is written to target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ZonaApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theArchitectureNotesListWhatEachModuleMayUse() throws Exception {
        Map<String, Set<String>> documented = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| `([\\w.]+)` \\|.*\\| ([^|]*) \\|$");
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), names(m.group(2)));
            }
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            Class.forName(module.getBasePackage().getName() + ".package-info");
            var annotation = ZonaApplication.class
                    .getClassLoader()
                    .getDefinedPackage(module.getBasePackage().getName())
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            declared.put(
                    name, annotation == null ? Set.of() : new TreeSet<>(List.of(annotation.allowedDependencies())));
        }
        assertThat(documented).isEqualTo(declared);
    }

    private static Set<String> names(String column) {
        Set<String> names = new TreeSet<>();
        // A named interface of a module is written as Modulith reads it: `module::interface`.
        Matcher name = Pattern.compile("`([\\w.]+(?:::[\\w]+)?)`").matcher(column);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
