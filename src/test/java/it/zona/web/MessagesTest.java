package it.zona.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The texts of the site: both languages have every message, every key a template or the code asks
 * for exists, templates carry no hard-coded text, and messages with arguments survive
 * MessageFormat. Every checker is also run on a planted violation, so that it is known to fail.
 */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path JAVA_SOURCES = Path.of("src/main/java");

    /**
     * The enums whose constants complete a message key built in a template ({@code #{'prefix.' +
     * ${x}}}). A dynamic prefix that is neither here nor an inline list of the template fails the
     * test, so a new one cannot slip through unchecked.
     */
    private static final Map<String, String> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("legalForm", "it.zona.district.LegalForm"),
            Map.entry("minutesStatus", "it.zona.participation.minutes.MinutesStatus"),
            Map.entry("role", "it.zona.identity.DistrictRole"),
            Map.entry("memberRole", "it.zona.governance.MemberRole"),
            Map.entry("governingBodyType", "it.zona.governance.GoverningBodyType"),
            Map.entry("organizationType", "it.zona.organization.OrganizationType"),
            Map.entry("runtsSection", "it.zona.organization.RuntsSection"),
            Map.entry("day", "java.time.DayOfWeek"),
            Map.entry("audit.action", "it.zona.shared.EntityChanged$Action"),
            Map.entry("planStage", "it.zona.plan.PlanStage"),
            Map.entry("heardAt", "it.zona.programme.HeardAt"),
            Map.entry("priority", "it.zona.programme.Priority"),
            Map.entry("objectiveKind", "it.zona.programme.ObjectiveKind"),
            Map.entry("proposalOutcome", "it.zona.participation.contributions.ProposalOutcome"),
            Map.entry("progressStatus", "it.zona.participation.contributions.ProgressStatus"),
            Map.entry("origin", "it.zona.programme.ParticipationTrace$OriginKind"),
            Map.entry("interventionType", "it.zona.programme.InterventionType"),
            Map.entry("interventionStatus", "it.zona.programme.InterventionStatus"),
            Map.entry("professionalRole", "it.zona.budget.ProfessionalRole"),
            Map.entry("exports.kind", "it.zona.exports.ExportKind"),
            Map.entry("exports.kindHelp", "it.zona.exports.ExportKind"),
            Map.entry("exports.surveyArea", "it.zona.exports.SurveyArea"),
            Map.entry("exports.category", "it.zona.exports.NationalCategory"),
            Map.entry("exports.spendingType", "it.zona.exports.SpendingType"),
            Map.entry("cofundingMethod", "it.zona.budget.CofundingMethod"),
            Map.entry("documentKind", "it.zona.document.DocumentKind"),
            Map.entry("archive.kind", "it.zona.shared.OfficialDocumentIssued$Kind"),
            Map.entry("resolutionPdf.choice", "it.zona.sitting.Choice"),
            Map.entry("tableKind", "it.zona.participation.tables.TableKind"),
            Map.entry("membershipEnd", "it.zona.participation.tables.MembershipEnd"),
            Map.entry("outboxStatus", "it.zona.mail.OutboxStatus"),
            Map.entry("meetingStatus", "it.zona.participation.meetings.MeetingStatus"),
            Map.entry("attendanceMark", "it.zona.participation.meetings.AttendanceMark"),
            Map.entry("attendee", "it.zona.participation.meetings.Attendee"),
            Map.entry("month", "java.time.Month"),
            Map.entry("callStatus", "it.zona.participation.calls.CallStatus"),
            Map.entry("nominationStatus", "it.zona.participation.calls.NominationStatus"),
            Map.entry("serviceKind", "it.zona.catalogue.ServiceKind"),
            Map.entry("serviceCategory", "it.zona.catalogue.ServiceCategory"),
            Map.entry("serviceStatus", "it.zona.catalogue.ServiceStatus"),
            Map.entry("serviceOrder", "it.zona.catalogue.ServiceOrder"),
            Map.entry("windowState", "it.zona.catalogue.WindowState"),
            Map.entry("indicatorKind", "it.zona.indicators.IndicatorKind"),
            Map.entry("indicatorStatus", "it.zona.indicators.IndicatorStatus"),
            Map.entry("direction", "it.zona.indicators.Direction"),
            Map.entry("implementationStatus", "it.zona.progress.ImplementationStatus"),
            Map.entry("audience", "it.zona.catalogue.Audience"),
            Map.entry("iseeType", "it.zona.eligibility.IseeType"),
            Map.entry("disability", "it.zona.eligibility.Disability"),
            Map.entry("employment", "it.zona.eligibility.Employment"),
            Map.entry("combinator", "it.zona.eligibility.Combinator"),
            Map.entry("criterionKind", "it.zona.eligibility.CriterionKind"),
            Map.entry("bandKind", "it.zona.eligibility.BandKind"),
            Map.entry("eligibility.question", "it.zona.eligibility.Question"),
            Map.entry("eligibility.verdict", "it.zona.eligibility.Verdict"),
            Map.entry("eligibility.rule", "it.zona.eligibility.Combinator"),
            Map.entry("monitoring.alert", "it.zona.monitoring.AlertKind"),
            Map.entry("monitoring.alertKind", "it.zona.monitoring.AlertKind"),
            Map.entry("spending.kind", "it.zona.spending.EntryKind"),
            Map.entry("spendingImport.numbers", "it.zona.spending.imports.NumberStyle"),
            Map.entry("opendata.frequency", "it.zona.opendata.UpdateFrequency"),
            Map.entry("opendata.theme", "it.zona.opendata.DataTheme"),
            Map.entry("opendata.columnType", "it.zona.opendata.ColumnType"));

    /** Text a template may carry as is: the brand and the language switch. */
    private static final Pattern ALLOWED_WORDS = Pattern.compile("\\b(Zona|ITA|ENG)\\b");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");
    private static final List<String> CONTENT_REPLACING =
            List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors", "sec:authentication", "th:remove");

    // ---- The real files ----

    @Test
    void italianAndEnglishHaveExactlyTheSameKeys() {
        assertThat(keyDifferences(bundle("it"), bundle("en"))).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExistsInBothLanguages() {
        KeyScan scan = scanTemplates(templates());
        assertThat(scan.problems())
                .as("message expressions the test cannot check")
                .isEmpty();
        // Sanity: the scan found the static keys, the fragment labels and the enum-built keys.
        assertThat(scan.keys())
                .hasSizeGreaterThan(250)
                .contains("layout.skipToContent", "organization.taxCode", "legalForm.CONSORZIO", "day.SUNDAY")
                .contains("district.nav.audit", "governingBody.members.past", "audit.action.DELETED");
        assertThat(missingKeys(scan.keys(), Map.of("it", bundle("it"), "en", bundle("en"))))
                .isEmpty();
    }

    @Test
    void everyMessageKeyNamedInJavaCodeExistsInBothLanguages() {
        Properties it = bundle("it");
        Set<String> keys = keysNamedInJava(javaSources(), it.stringPropertyNames());
        assertThat(keys).contains("organization.created", "validation.taxCode", "error.person.inUse");
        assertThat(missingKeys(keys, Map.of("it", it, "en", bundle("en")))).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() {
        List<String> violations = new ArrayList<>();
        templates().forEach((name, source) -> violations.addAll(hardCodedText(name, source)));
        assertThat(violations).isEmpty();
    }

    @Test
    void messagesWithArgumentsHaveNoLoneApostropheAndParse() {
        assertThat(messageFormatProblems("it", bundle("it"))).isEmpty();
        assertThat(messageFormatProblems("en", bundle("en"))).isEmpty();
    }

    // ---- The checkers, on planted violations ----

    @Test
    void aKeyMissingInOneLanguageIsReportedByName() {
        Properties it = properties("a=A\nb=B\nc=C\n");
        Properties en = properties("a=A\nc=C\nd=D\n");

        assertThat(keyDifferences(it, en)).containsExactly("missing in messages_en: b", "missing in messages_it: d");
    }

    @Test
    void aTemplateKeyMissingFromABundleIsReported() {
        Map<String, String> templates = Map.of("page", """
                <p th:text="#{known}">x</p>
                <p th:text="#{unknown(${a}, ${b})}">x</p>
                <p th:text="#{outer(#{nested})}">x</p>
                <p th:text="#{'legalForm.' + ${d.legalForm}}">x</p>
                <li th:each="s : ${ {'one', 'two'} }"><span th:text="#{'nav.' + ${s}}">x</span></li>
                <div th:replace="~{fragments/ui :: input('name', 'label.name', 'text', true)}"></div>
                <p th:text="#{'mystery.' + ${x}}">x</p>
                """, "fragments/ui", """
                <div th:fragment="input(field, label, type, required)"><span th:text="#{${label}}">x</span></div>
                """);

        KeyScan scan = scanTemplates(templates);

        assertThat(scan.keys())
                .contains("known", "unknown", "outer", "nested", "nav.one", "nav.two", "label.name")
                .contains("legalForm.CONSORZIO", "legalForm.COMUNE_SINGOLO");
        assertThat(scan.problems()).singleElement().asString().contains("'mystery.' + ${x}");
        Properties bundle = properties("known=K\nouter=O {0}\nnested=N\nnav.one=1\nlabel.name=L\n");
        assertThat(missingKeys(Set.of("known", "unknown", "nav.one", "nav.two"), Map.of("xx", bundle)))
                .containsExactly("missing in messages_xx: nav.two", "missing in messages_xx: unknown");
    }

    @Test
    void aKeyNamedInJavaCodeButMissingIsReported() {
        String java = """
                class C {
                    void m() {
                        redirect.addFlashAttribute("message", "organization.created");
                        throw new NotFoundException("error.nowhere", id);
                    }
                    @Pattern(regexp = "x", message = "{validation.phone}") String phone;
                    String path = "it.zona.web";
                }
                """;

        Set<String> keys =
                keysNamedInJava(List.of(java), Set.of("organization.created", "error.other", "validation.phone"));

        assertThat(keys).containsExactlyInAnyOrder("organization.created", "error.nowhere", "validation.phone");
    }

    @Test
    void hardCodedTextAndAttributesAreFound() {
        String template = """
                <html th:replace="~{layout :: page(~{::title}, ~{::main})}">
                <head><title th:text="#{t}">Titolo – Zona</title></head>
                <body><main>
                  <h1>Testo fisso</h1>
                  <p th:text="#{ok}">Segnaposto</p>
                  <div th:replace="~{fragments/ui :: flash}"><span>Sostituito</span></div>
                  <p><span th:text="#{label}">Etichetta</span>: <span th:text="${v}">valore</span> – 12/2024</p>
                  <a href="/">Zona</a> <span>ITA</span>
                  <img src="x.png" alt="Logo della Regione">
                  <input type="search" placeholder="Cerca">
                  <nav aria-label="Percorso"></nav>
                  <nav th:aria-label="#{nav}" aria-label="Percorso"></nav>
                  <a th:attr="aria-label=#{remove}" title="Rimuovi">x</a>
                  <script>var text = "non conta";</script>
                </main></body>
                </html>
                """;

        assertThat(hardCodedText("planted", template))
                .containsExactly(
                        "planted: <h1> has hard-coded text \"Testo fisso\"",
                        "planted: <a> has hard-coded text \"x\"",
                        "planted: <img> has a hard-coded alt=\"Logo della Regione\"",
                        "planted: <input> has a hard-coded placeholder=\"Cerca\"",
                        "planted: <nav> has a hard-coded aria-label=\"Percorso\"",
                        "planted: <a> has a hard-coded title=\"Rimuovi\"");
    }

    @Test
    void aLoneApostropheInAMessageWithArgumentsIsFound() {
        Properties bundle = properties("""
                ok=L’organizzazione {0} è stata aggiunta.
                doubled=L''organizzazione {0}
                noArguments=L'organizzazione
                lone=L'organizzazione {0} è stata aggiunta.
                broken=Il valore {0 non chiuso
                """);

        assertThat(messageFormatProblems("xx", bundle))
                .containsExactly(
                        "messages_xx: broken does not parse as a MessageFormat pattern: Il valore {0 non chiuso",
                        "messages_xx: lone has a lone apostrophe (use ’ or ''): L'organizzazione {0} è stata aggiunta.");
    }

    // ---- Checkers ----

    static List<String> keyDifferences(Properties it, Properties en) {
        List<String> differences = new ArrayList<>();
        new TreeSet<>(it.stringPropertyNames())
                .stream().filter(k -> !en.containsKey(k)).forEach(k -> differences.add("missing in messages_en: " + k));
        new TreeSet<>(en.stringPropertyNames())
                .stream().filter(k -> !it.containsKey(k)).forEach(k -> differences.add("missing in messages_it: " + k));
        return differences;
    }

    static List<String> missingKeys(Set<String> keys, Map<String, Properties> bundles) {
        List<String> missing = new ArrayList<>();
        new TreeMap<>(bundles)
                .forEach((language, bundle) -> new TreeSet<>(keys)
                        .stream()
                                .filter(k -> !bundle.containsKey(k))
                                .forEach(k -> missing.add("missing in messages_" + language + ": " + k)));
        return missing;
    }

    record KeyScan(Set<String> keys, List<String> problems) {}

    private static final Pattern STATIC_KEY = Pattern.compile("([A-Za-z0-9_.-]+)\\s*(\\(.*\\))?", Pattern.DOTALL);
    private static final Pattern PREFIX_PLUS_VARIABLE =
            Pattern.compile("'([A-Za-z0-9_.-]+)\\.'\\s*\\+\\s*\\$\\{\\s*([A-Za-z0-9_.?]+)\\s*}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");
    private static final Pattern PARAMETER_PREFIX_PLUS_VARIABLE =
            Pattern.compile("\\$\\{\\s*(\\w+)\\s*}\\s*\\+\\s*'\\.'\\s*\\+\\s*\\$\\{\\s*\\w+\\s*}");
    private static final Pattern FRAGMENT_DECLARATION = Pattern.compile("th:fragment=\"(\\w+)\\(([^)]*)\\)\"");
    private static final Pattern FRAGMENT_CALL =
            Pattern.compile("([\\w/.-]+)\\s*::\\s*(\\w+)\\s*\\((.*)\\)", Pattern.DOTALL);

    /**
     * Every message key the templates can ask for: static keys (with or without arguments, nested
     * too), keys built from a prefix and an enum constant or an inline list, and keys passed as
     * literal arguments to a fragment that shows {@code #{${parameter}}}. A key held in a model
     * variable ({@code #{${message}}}, set by a controller) is the Java scan's business.
     */
    static KeyScan scanTemplates(Map<String, String> templates) {
        Set<String> keys = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        templates.forEach((name, source) -> {
            for (String expression : messageExpressions(source)) {
                String e = expression.strip();
                Matcher m;
                if ((m = STATIC_KEY.matcher(e)).matches()) {
                    keys.add(m.group(1));
                } else if ((m = PREFIX_PLUS_VARIABLE.matcher(e)).matches()) {
                    List<String> values = completions(source, m.group(1), m.group(2));
                    if (values.isEmpty()) {
                        problems.add(name + ": cannot tell which keys #{" + e + "} asks for");
                    }
                    for (String value : values) {
                        keys.add(m.group(1) + "." + value);
                    }
                } else if ((m = VARIABLE.matcher(e)).matches()) {
                    keys.addAll(fragmentArguments(templates, name, source, m.group(1)));
                } else if ((m = PARAMETER_PREFIX_PLUS_VARIABLE.matcher(e)).matches()) {
                    for (String prefix : fragmentArguments(templates, name, source, m.group(1))) {
                        List<String> values = enumConstants(prefix);
                        if (values.isEmpty()) {
                            problems.add(name + ": no enum known for the prefix '" + prefix + "'");
                        }
                        values.forEach(v -> keys.add(prefix + "." + v));
                    }
                } else {
                    problems.add(name + ": unrecognised message expression #{" + e + "}");
                }
            }
        });
        return new KeyScan(keys, problems);
    }

    /** The contents of every #{…} in a source, nested ones included. */
    static List<String> messageExpressions(String source) {
        List<String> expressions = new ArrayList<>();
        for (int i = source.indexOf("#{"); i >= 0; i = source.indexOf("#{", i + 2)) {
            expressions.add(balanced(source, i + 1));
        }
        return expressions;
    }

    /** The text between the brace at {@code open} and its matching closing brace, quotes respected. */
    private static String balanced(String source, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}' && --depth == 0) {
                return source.substring(open + 1, i);
            }
        }
        throw new IllegalArgumentException("Unbalanced braces at " + open);
    }

    /** The values that complete {@code 'prefix.' + ${variable}}: an inline th:each list, or an enum. */
    private static List<String> completions(String source, String prefix, String variable) {
        List<String> values = new ArrayList<>();
        Matcher list = Pattern.compile(
                        "th:each=\"\\s*" + Pattern.quote(variable) + "\\s*:\\s*\\$\\{\\s*\\{([^}]*)}\\s*}\"")
                .matcher(source);
        while (list.find()) {
            Matcher literal = Pattern.compile("'([^']*)'").matcher(list.group(1));
            while (literal.find()) {
                values.add(literal.group(1));
            }
        }
        return values.isEmpty() ? enumConstants(prefix) : values;
    }

    private static List<String> enumConstants(String prefix) {
        String type = ENUM_PREFIXES.get(prefix);
        if (type == null) {
            return List.of();
        }
        try {
            return Arrays.stream(Class.forName(type).getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown enum " + type, e);
        }
    }

    /**
     * The literal values passed, at every call site, for the parameter of a fragment declared in
     * this template. Not a parameter: a model variable, resolved at run time.
     */
    private static Set<String> fragmentArguments(
            Map<String, String> templates, String templateName, String source, String parameter) {
        Set<String> values = new LinkedHashSet<>();
        Matcher declaration = FRAGMENT_DECLARATION.matcher(source);
        while (declaration.find()) {
            List<String> parameters = Arrays.stream(declaration.group(2).split(","))
                    .map(String::strip)
                    .toList();
            int index = parameters.indexOf(parameter);
            if (index < 0) {
                continue;
            }
            for (String caller : templates.values()) {
                for (int i = caller.indexOf("~{"); i >= 0; i = caller.indexOf("~{", i + 2)) {
                    Matcher call = FRAGMENT_CALL.matcher(balanced(caller, i + 1).strip());
                    if (call.matches()
                            && call.group(1).equals(templateName)
                            && call.group(2).equals(declaration.group(1))) {
                        List<String> arguments = topLevelArguments(call.group(3));
                        if (index < arguments.size()) {
                            String argument = arguments.get(index).strip();
                            if (argument.matches("'[^']*'")) {
                                values.add(argument.substring(1, argument.length() - 1));
                            }
                        }
                    }
                }
            }
        }
        return values;
    }

    private static List<String> topLevelArguments(String arguments) {
        List<String> result = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (char c : arguments.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && "({[".indexOf(c) >= 0) {
                depth++;
            } else if (!quoted && ")}]".indexOf(c) >= 0) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                result.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        result.add(current.toString());
        return result;
    }

    private static final Pattern JAVA_KEY_LITERAL =
            Pattern.compile("\"\\{?([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)}?\"");

    /**
     * String literals of the Java code that look like message keys: dotted names in one of the
     * bundle's namespaces ("organization.created", "{validation.phone}" in a constraint).
     */
    static Set<String> keysNamedInJava(List<String> sources, Set<String> bundleKeys) {
        Set<String> namespaces = bundleKeys.stream()
                .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> keys = new TreeSet<>();
        for (String source : sources) {
            Matcher literal = JAVA_KEY_LITERAL.matcher(source);
            while (literal.find()) {
                String key = literal.group(1);
                if (namespaces.contains(key.substring(0, key.indexOf('.')))) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * Elements with their own text, and text attributes, that nothing replaces at run time. An
     * ancestor that replaces its content (th:text, th:replace…) covers it; a th:replace that only
     * decorates the page with its own parts ({@code ~{::main}}, the layout) does not.
     */
    static List<String> hardCodedText(String name, String source) {
        Document document = Jsoup.parse(source);
        List<String> violations = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String text = element.ownText().strip();
            if (!text.isEmpty() && !isReplaced(element) && !isAllowed(text)) {
                violations.add(name + ": <" + element.tagName() + "> has hard-coded text \"" + text + "\"");
            }
        }
        for (Element element : document.getAllElements()) {
            for (String attribute : TEXT_ATTRIBUTES) {
                String value = element.attr(attribute).strip();
                if (!value.isEmpty() && !isAllowed(value) && !isSetAtRunTime(element, attribute)) {
                    violations.add(name + ": <" + element.tagName() + "> has a hard-coded " + attribute + "=\"" + value
                            + "\"");
                }
            }
        }
        return violations;
    }

    private static boolean isReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : CONTENT_REPLACING) {
                if (e.hasAttr(attribute)
                        && !(attribute.equals("th:remove") && e.attr(attribute).equals("tag"))
                        && !e.attr(attribute).contains("~{::")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSetAtRunTime(Element element, String attribute) {
        return element.hasAttr("th:" + attribute)
                || element.attr("th:attr").matches("(?s).*\\b" + Pattern.quote(attribute) + "\\s*=.*");
    }

    private static boolean isAllowed(String text) {
        return !LETTER.matcher(ALLOWED_WORDS.matcher(text).replaceAll("")).find();
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+");

    /**
     * A message with arguments goes through MessageFormat, where an apostrophe starts a quoted
     * section and the text after it is lost: it must be ’ or a doubled ''. The pattern must also
     * parse.
     */
    static List<String> messageFormatProblems(String language, Properties bundle) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String message = bundle.getProperty(key);
            if (!ARGUMENT.matcher(message).find()) {
                continue;
            }
            try {
                new MessageFormat(message, Locale.ITALIAN);
            } catch (IllegalArgumentException e) {
                problems.add(
                        "messages_" + language + ": " + key + " does not parse as a MessageFormat pattern: " + message);
                continue;
            }
            if (message.replace("''", "").contains("'")) {
                problems.add("messages_" + language + ": " + key + " has a lone apostrophe (use ’ or ''): " + message);
            }
        }
        return problems;
    }

    // ---- Files ----

    private static Properties bundle(String language) {
        try (Reader reader = Files.newBufferedReader(
                RESOURCES.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String text) {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every template by name as Thymeleaf knows it ("fragments/ui"), with its source. */
    private static Map<String, String> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            Map<String, String> templates = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name =
                        TEMPLATES.relativize(file).toString().replace('\\', '/').replaceAll("\\.html$", "");
                templates.put(name, Files.readString(file, StandardCharsets.UTF_8));
            }
            assertThat(templates).containsKeys("layout", "fragments/ui", "portal/district");
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> javaSources() {
        try (Stream<Path> files = Files.walk(JAVA_SOURCES)) {
            List<String> sources = new ArrayList<>();
            // A package-info names modules ("participation.tables"), which read like message keys.
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("package-info.java"))
                    .toList()) {
                sources.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
