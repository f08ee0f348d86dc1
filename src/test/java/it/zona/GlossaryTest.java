package it.zona;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The glossary of the code names types that exist: a rename that forgets it fails here. */
class GlossaryTest {

    private static final Pattern ROW = Pattern.compile("^\\| [^|]+ \\| ([^|]+) \\|");
    private static final Pattern TYPE = Pattern.compile("`([A-Z][A-Za-z]+)`");

    @Test
    void everyTypeTheGlossaryNamesExists() throws IOException {
        Set<String> types;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            types = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .collect(Collectors.toSet());
        }
        Set<String> named = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("docs/glossary.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Matcher type = TYPE.matcher(row.group(1));
                while (type.find()) {
                    named.add(type.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(20);
        assertThat(named).as("types the glossary names").isSubsetOf(types);
    }
}
