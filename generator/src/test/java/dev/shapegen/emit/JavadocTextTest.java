package dev.shapegen.emit;

import static dev.shapegen.emit.JavadocText.fromHtml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JavadocText} on small edge cases, and on every documentation string of the real AWS models in
 * ../shared/aws-models, checked by javadoc's doclint. The real models are skipped, visibly, where ../shared is
 * absent.
 */
class JavadocTextTest {

    /** Methods per generated source file: keeps the memory of one javadoc run modest. */
    private static final int METHODS_PER_FILE = 2000;

    @TempDir
    Path tmp;

    @Test
    void emptyInput() {
        assertEquals("", fromHtml(null));
        assertEquals("", fromHtml(""));
        assertEquals("", fromHtml(" \n\t "));
        assertEquals("", fromHtml("<p> </p> <ul><li></li></ul> <b></b> <code> </code>"));
    }

    @Test
    void paragraphs() {
        assertEquals("One.\n\n<p>Two <i>words</i>.",
                fromHtml("<p>One.</p>\n<p>Two <i>words</i>.</p>"));
    }

    @Test
    void unclosedP() {
        assertEquals("One\n\n<p>Two", fromHtml("<p>One<p>Two"));
        assertEquals("One <b>bold</b>\n\n<p>Two", fromHtml("<p>One <b>bold<p>Two"));
    }

    @Test
    void strayLessThan() {
        assertEquals("a &lt; b and c&lt;d, x &lt;= y &gt; z", fromHtml("a < b and c<d, x <= y > z"));
        assertEquals("&lt;p unclosed", fromHtml("<p unclosed"));
    }

    @Test
    void atSign() {
        assertEquals("xyz&#64;amazon.com &#64;param", fromHtml("xyz@amazon.com @param"));
        assertEquals("<code>repo[&#64;digest]</code>", fromHtml("<code>repo[@digest]</code>"));
        assertEquals("{&#64;link Foo}", fromHtml("{@link Foo}"));
    }

    @Test
    void commentTerminator() {
        assertEquals("a *&#47; b", fromHtml("a */ b"));
        assertEquals("<code>/* x *&#47;</code>", fromHtml("<code>/* x */</code>"));
        assertEquals("<a href=\"https://example.com/*%2A/x\">t</a>",
                fromHtml("<a href=\"https://example.com/**/x\">t</a>"));
    }

    @Test
    void unicodeEscape() {
        assertEquals("C:\\dir &#92;u0041", fromHtml("C:\\dir \\u0041"));
        assertEquals("<code>&#92;u002a</code>", fromHtml("<code>\\u002a</code>"));
    }

    @Test
    void escapesFormedAcrossDroppedTags() {
        assertEquals("a*&#47;b", fromHtml("a*<span>/b"));
        assertEquals("&#92;u0041", fromHtml("\\<span>u0041"));
    }

    @Test
    void nestedLists() {
        String html = "<p>Intro:</p> <ul> <li> <p>One</p> <ul><li>A<li>B</ul> </li>"
                + " <li>Two<p>more</p></li> </ul> <p>After</p>";
        assertEquals(String.join("\n",
                "Intro:",
                "<ul>",
                "  <li>One",
                "    <ul>",
                "      <li>A</li>",
                "      <li>B</li>",
                "    </ul>",
                "  </li>",
                "  <li>Two",
                "    <p>more</li>",
                "</ul>",
                "",
                "<p>After"), fromHtml(html));
    }

    @Test
    void unclosedListsAndItems() {
        assertEquals("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>", fromHtml("<ul><li>a<li>b"));
        assertEquals("<ul>\n  <li>loose</li>\n</ul>", fromHtml("<li>loose</li>"));
        assertEquals("<ol>\n  <li>text</li>\n</ol>", fromHtml("<ol>text</ol></ul></li>"));
    }

    @Test
    void definitionList() {
        assertEquals("<dl>\n  <dt>Term</dt>\n  <dd>Meaning\n    <p>more</dd>\n</dl>",
                fromHtml("<dl> <dt><p>Term</p></dt> <dd> <p>Meaning</p> <p>more</p> </dd> </dl>"));
    }

    @Test
    void codeWithBraces() {
        assertEquals("Use {@code {\"a\":{\"b\":1}}} here.",
                fromHtml("Use <code>{\"a\":{\"b\":1}}</code> here."));
        assertEquals("<code>a}b{</code>", fromHtml("<code>a}b{</code>"));
        assertEquals("<code>{ x</code>", fromHtml("<code>{ x</code>"));
        assertEquals("{@code <tag attr=\"v\"> & more}",
                fromHtml("<code>&lt;tag attr=\"v\"&gt; &amp; more</code>"));
        assertEquals("<code>https://<i>bucket</i>.s3.amazonaws.com</code>",
                fromHtml("<code>https://<i>bucket</i>.s3.amazonaws.com</code>"));
    }

    @Test
    void entityDecoding() {
        assertEquals("&lt;tag&gt; &amp;amp; \"q\" AB \u00a0 &amp;bogus; &amp; &amp;#xD800;",
                fromHtml("&lt;tag&gt; &amp;amp; &quot;q&quot; &#65;&#x42; &nbsp; &bogus; & &#xD800;"));
        assertEquals("line one two", fromHtml("line&#x2028;one&#10;two"));
    }

    @Test
    void linkWithBadUrl() {
        assertEquals("see text", fromHtml("see <a href=\"/relative/path.html\">text</a>"));
        assertEquals("x", fromHtml("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("x", fromHtml("<a href=\"\">x</a>"));
        assertEquals("x", fromHtml("<a href=\"https://bad host/\">x</a>"));
        assertEquals("x", fromHtml("<a name=\"anchor\">x</a>"));
        assertEquals("See <a href=\"https://example.com/a?b=1&amp;c=2\">{@code Name}</a>.",
                fromHtml("See <a href=\" https://example.com/a?b=1&amp;c=2\"> <code>Name</code> </a>."));
        assertEquals("", fromHtml("<a href=\"https://example.com\"></a>"));
    }

    @Test
    void noteTag() {
        assertEquals("Intro\n\n<p><b>Note:</b> Careful.\n\n<p>Second.\n\n<p>After",
                fromHtml("<p>Intro</p><note><p>Careful.</p><p>Second.</p></note>After"));
        assertEquals("<b>Important:</b> Heed.", fromHtml("<important>Heed.</important>"));
        assertEquals("<b>Note:</b>\n<ul>\n  <li>x</li>\n</ul>",
                fromHtml("<note><ul><li>x</li></ul></note>"));
    }

    @Test
    void lineBreakAndUnknownTags() {
        assertEquals("a\n\n<p>b", fromHtml("a<br/>b"));
        assertEquals("Amazon DynamoDB\n\n<p>Text",
                fromHtml("<fullname>Amazon DynamoDB</fullname><p>Text"));
        assertEquals("kept text",
                fromHtml("<span class=\"x\">kept</span> <foo>text</foo><!-- gone -->"));
    }

    @Test
    void nestedInlineTags() {
        assertEquals("<b>bold inner</b>", fromHtml("<b>bold <b>inner</b></b>"));
        assertEquals("<b>x<i>y</i></b>z", fromHtml("<b>x<i>y</b>z</i>"));
        assertEquals("<code>a<i>b</i>cd</code>", fromHtml("<code>a<i>b</i><code>c</code>d</code>"));
        assertEquals("See <i>{@code X}</i>.", fromHtml("See <i> <code>X</code> </i>."));
    }

    @Test
    void wrapsAt100Columns() {
        String longCode = "{@code " + "x".repeat(120) + "}";
        String text = fromHtml("<p>" + "word ".repeat(60) + "<code>" + "x".repeat(120) + "</code></p>");
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 100 || line.equals(longCode), line);
            assertFalse(line.endsWith(" "), line);
        }
        assertTrue(text.contains(longCode));
    }

    @Test
    void linearOnHostileInput() {
        String hostile = "<a href=\"".repeat(20_000) + "<!--".repeat(20_000) + "&#".repeat(20_000)
                + "<ul><li>".repeat(2_000) + "<b><i><code>".repeat(2_000);
        long start = System.nanoTime();
        String text = fromHtml(hostile);
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        assertFalse(text.contains("*/"));
    }

    /** Random tag soup, seeded so that a failure reproduces, passes doclint as well. */
    @Test
    void doclintAcceptsRandomTagSoup() throws IOException {
        String[] pieces = {"<p>", "</p>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<dl>",
                "</dl>", "<dt>", "</dt>", "<dd>", "</dd>", "<b>", "</b>", "<i>", "</i>", "<code>",
                "</code>", "<a href=\"https://example.com/a?b=1&amp;c=*/d\">", "<a href=\"/relative\">",
                "</a>", "<note>", "</note>", "<important>", "</important>", "<br/>", "<fullname>",
                "<span class='x'>", "</span>", "<p/>", "<!-- c -->", "<!--", "<", ">", "&", "&amp;", "&lt;",
                "&#64;", "&#x2028;", "&#0;", "&bogus;", "&#xD800;", "@", "@param", "{@link X}", "{", "}",
                "*/", "/*", "*", "/", "\\u0041", "\\", "$", "\u00e9", "\ud83d\ude00", "\ud800", "\t", "\n",
                " ", "word", "x".repeat(120), "a < b", ".", ")"};
        Random random = new Random(20250116);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            StringBuilder html = new StringBuilder();
            for (int n = 1 + random.nextInt(60); n > 0; n--) {
                html.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            bodies.add(fromHtml(html.toString()));
        }
        List<String> problems = doclint(tmp.resolve("soup"), "Soup", bodies);
        problems.stream().limit(20).forEach(System.out::println);
        assertEquals(0, problems.size(), "doclint errors or warnings");
    }

    /**
     * Every documentation string of every shared model, converted, passes doclint with neither
     * errors nor warnings.
     */
    @TestFactory
    Stream<DynamicTest> doclintAcceptsEveryModelDocumentation() throws IOException {
        Path models = sharedDir().resolve("aws-models");
        boolean exists = Files.isDirectory(models);
        if (!exists) { // a skipped test shows in the report; an aborted factory does not
            return Stream.of(DynamicTest.dynamicTest("aws-models",
                    () -> Assumptions.assumeTrue(exists, models + " not found: skipping")));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(models)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> checkModel(f)));
    }

    private void checkModel(Path model) throws IOException {
        List<String> all = new ArrayList<>();
        collectDocs(new ObjectMapper().readTree(model.toFile()), all);
        long start = System.nanoTime();
        for (String doc : all) {
            fromHtml(doc);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Set<String> distinct = new LinkedHashSet<>(all);
        List<String> bodies = new ArrayList<>();
        for (String doc : distinct) {
            String body = fromHtml(doc);
            assertEquals(body, fromHtml(doc), "deterministic");
            assertFalse(body.contains("*/"), body);
            assertFalse(body.startsWith("\n") || body.endsWith("\n"), body);
            for (String line : body.split("\n", -1)) {
                assertFalse(line.endsWith(" "), () -> "trailing space: " + line);
                assertFalse(line.strip().startsWith("@"), line);
            }
            bodies.add(body);
        }
        List<String> problems = new ArrayList<>();
        Path dir = tmp.resolve(model.getFileName().toString().replace(".json", ""));
        for (int from = 0; from < bodies.size(); from += METHODS_PER_FILE) {
            List<String> chunk = bodies.subList(from, Math.min(bodies.size(), from + METHODS_PER_FILE));
            problems.addAll(doclint(dir.resolve("c" + from), "Docs" + from, chunk));
        }
        System.out.printf(Locale.ROOT, "%s: %d docs (%d distinct), fromHtml %d ms, %d problems%n",
                model.getFileName(), all.size(), distinct.size(), millis, problems.size());
        problems.stream().limit(20).forEach(System.out::println);
        assertEquals(0, problems.size(), model.getFileName() + ": doclint errors or warnings");
    }

    /**
     * Runs javadoc with doclint on a class with one documented method per body; returns the errors
     * and warnings, each with the offending source line.
     */
    private static List<String> doclint(Path dir, String className, List<String> bodies)
            throws IOException {
        StringBuilder src = new StringBuilder("package docs;\n\n/** Documentation check. */\n")
                .append("public final class ").append(className).append(" {\n  private ").append(className)
                .append("() {}\n");
        for (int i = 0; i < bodies.size(); i++) {
            // The layout JavaPoet gives a Javadoc: " * " before each line, " *" for an empty one.
            src.append("\n  /**\n");
            for (String line : bodies.get(i).split("\n", -1)) {
                src.append(line.isEmpty() ? "   *\n" : "   * " + line + "\n");
            }
            src.append("   */\n  public void m").append(i).append("() {}\n");
        }
        src.append("}\n");
        Path source = dir.resolve("docs").resolve(className + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, src, StandardCharsets.UTF_8);

        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-Xdoclint:all,-missing", "-quiet", "-encoding", "UTF-8",
                    "-d", dir.resolve("out").toString());
            DocumentationTool.DocumentationTask task = tool.getTask(null, files, diagnostics, null,
                    options, files.getJavaFileObjects(source));
            task.setLocale(Locale.ROOT);
            boolean ok = task.call();
            String[] lines = src.toString().split("\n", -1);
            List<String> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                    long line = d.getLineNumber();
                    problems.add(d.getKind() + " " + className + ":" + line + ": " + d.getMessage(Locale.ROOT)
                            + (line > 0 && line <= lines.length ? "\n    " + lines[(int) line - 1] : ""));
                }
            }
            assertTrue(ok || !problems.isEmpty(), "javadoc failed without diagnostics");
            return problems;
        }
    }

    /** Collects every {@code documentation} string anywhere in the model. */
    private static void collectDocs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("documentation") && e.getValue().isTextual()) {
                    out.add(e.getValue().textValue());
                } else {
                    collectDocs(e.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collectDocs(child, out);
            }
        }
    }

    /** Property {@code shapegen.shared}, else {@code ../shared} next to the repository root. */
    private static Path sharedDir() {
        String property = System.getProperty("shapegen.shared", "");
        if (!property.isBlank() && !property.startsWith("${")) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml"))
                && Files.isDirectory(dir.resolve("generator")))) {
            dir = dir.getParent();
        }
        return dir == null ? Paths.get("../shared").toAbsolutePath().normalize()
                : dir.resolveSibling("shared");
    }
}
