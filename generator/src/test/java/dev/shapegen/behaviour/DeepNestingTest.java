package dev.shapegen.behaviour;

import static dev.shapegen.testing.CompiledCode.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shapegen.testing.CompiledCode;
import dev.shapegen.testing.TestPaths;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values nested far deeper than any real one: read, written and validated with a plain ObjectMapper, they fail
 * with an exception or a violation that says so, never with a StackOverflowError. Generated readers stop at
 * runtime.Json's 256 levels (where a shape contains itself, each level is a level of recursion), and so do the
 * generated writers; JSON they do not read themselves (ignored properties, unknown union members, documents) stops
 * at Jackson's 1000 levels. validate() and Document stop at 1000 levels for values built in code.
 */
class DeepNestingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DEEP = 10_000;
    private static final String READ_LIMIT = "Document nesting depth (1001) exceeds the maximum allowed (1000, from "
            + "`StreamReadConstraints.getMaxNestingDepth()`)";
    /** The generated readers' message: the first object or array past the limit is at level 257. */
    private static final String WRITE_LIMIT = "value nested 257 levels deep: generated types write at most 256 "
            + "levels, as deep as they read";
    private static final String GUARD_LIMIT = "JSON nested 257 levels deep: generated types read at most 256 levels,"
            + " so that reading cannot overflow the stack";

    private static String nest(String open, String inner, String close, int times) {
        return open.repeat(times) + inner + close.repeat(times);
    }

    private static Class<?> type(String fixture, String name) {
        return Fixtures.compiled(fixture).load(Fixtures.packageOf(fixture) + "." + name);
    }

    /** The path of a mapping error as member names and indexes, e.g. {@code Children -> [0] -> Children}. */
    private static String path(JsonMappingException e) {
        return String.join(" -> ", e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]").toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "list of structures  | {\"Name\":\"a\",\"Children\":[ | {\"Name\":\"z\"} | ]}      | Children -> [0] -> Children",
        "map of structures   | {\"ByKey\":{\"k\":           | {}              | }}       | ByKey -> k -> ByKey",
        "list of lists       | {\"Grid\":[[                 | {}              | ]]}      | Grid -> [0] -> [0] -> Grid",
        "through a structure | {\"Partner\":{\"Back\":      | {}              | }}       | Partner -> Back -> Partner"})
    void tenThousandLevelsOfARecursiveStructureStopAtTheGuard(String path, String open, String inner, String close,
            String pathStart) {
        String json = nest(open.strip(), inner.strip(), close.strip(), DEEP);
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue(json, type("recursive-structure", "Node")));
        assertTrue(e.getOriginalMessage().matches(GUARD_LIMIT), e.getOriginalMessage());
        assertTrue(path(e).startsWith(pathStart), path(e));
    }

    @Test
    void tenThousandLevelsInAnUnknownMemberHitJacksonsReadLimitWithThePath() {
        String json = "{\"Name\":\"a\",\"Unknown\":" + nest("[", "", "]", DEEP) + "}";
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> MAPPER.readValue(json, type("recursive-structure", "Node")));
        assertTrue(e.getOriginalMessage().startsWith(READ_LIMIT), e.getOriginalMessage());
        assertEquals("Unknown", path(e));
    }

    /**
     * An unknown member as deep as Jackson reads is kept and written back on a thread with a quarter of the default
     * stack: its tree is read once and not copied (a copy would recurse once more per level, and needed 384 KiB).
     */
    @Test
    void anUnknownMemberAtJacksonsLimitIsKeptOnAQuarterOfTheDefaultStack() throws Exception {
        String json = "{\"Name\":\"a\",\"Unknown\":" + nest("[", "", "]", 998) + "}";
        Class<?> node = type("recursive-structure", "Node");
        Object[] result = new Object[1];
        Thread small = new Thread(null, () -> {
            try {
                result[0] = MAPPER.writeValueAsString(MAPPER.readValue(json, node));
            } catch (Throwable t) {
                result[0] = t;
            }
        }, "quarter-stack", 256 * 1024);
        small.start();
        small.join();
        assertEquals(json, result[0]);
    }

    @Test
    void tenThousandLevelsOfAUnionThatHoldsItselfStopAtTheGuard() {
        String json = "{\"Payload\":" + nest("{\"Nested\":{\"Inner\":", "{\"Text\":\"a\"}", "}}", DEEP) + "}";
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue(json, type("union-members", "Envelope")));
        assertTrue(e.getOriginalMessage().matches(GUARD_LIMIT), e.getOriginalMessage());
        assertTrue(path(e).startsWith("Payload -> Nested -> Inner -> Nested -> Inner"), path(e));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown union member | {\"Future\": | [       | ''  | ]  | }",
        "document member      | {\"Free\":   | {\"a\": | 1   | }  | }"})
    void tenThousandLevelsOfJsonKeptAsATreeHitJacksonsReadLimit(String path, String prefix, String open, String inner,
            String close, String suffix) {
        String json = "{\"Payload\":" + prefix + nest(open, inner, close, DEEP) + suffix + "}";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> MAPPER.readValue(json, type("union-members", "Envelope")));
        assertTrue(e.getOriginalMessage().startsWith(READ_LIMIT), e.getOriginalMessage());
    }

    @Test
    void aTimestampListDoesNotRecurseIntoNestedArrays() {
        String json = "{\"Payload\": {\"Times\":" + nest("[", "", "]", DEEP) + "}}";
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue(json, type("union-members", "Envelope")));
        assertTrue(e.getOriginalMessage().startsWith("expected a timestamp, but found an array"),
                e.getOriginalMessage());
    }

    @Test
    void theDeepestTreeTheGuardLetsThroughIsReadValidatedAndWrittenBack() throws Exception {
        // 127 nodes in a list chain put the last node at level 255 and its child at 256, the limit; one more is refused.
        String json = nest("{\"Name\":\"a\",\"Children\":[", "{\"Name\":\"toolongname\"}", "]}", 127);
        Object node = MAPPER.readValue(json, type("recursive-structure", "Node"));
        assertEquals(List.of("Children[0].".repeat(127) + "Name: must be at most 8 characters long, but is 11"),
                FixtureBehaviourTest.violations(node));
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(node)));
        Object again = MAPPER.readValue(json, node.getClass());
        assertNotSame(node, again);
        assertEquals(node, again);
        assertEquals(node.hashCode(), again.hashCode());
        assertTrue(node.toString().endsWith("name=toolongname, children=null, byKey=null, grid=null, partner=null, "
                + "unknownMembers=null]" + "], byKey=null, grid=null, partner=null, unknownMembers=null]".repeat(127)),
                "toString goes all the way down");
        String oneMore = nest("{\"Name\":\"a\",\"Children\":[", "{\"Name\":\"z\"}", "]}", 128);
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue(oneMore, node.getClass()));
        assertTrue(e.getOriginalMessage().matches(GUARD_LIMIT), e.getOriginalMessage());
    }

    @Test
    void aThreadWithHalfTheDefaultStackGetsTheGuardsErrorNotAStackOverflow() throws Exception {
        // Up to Jackson's limit of 1000 levels, reading needed a 640 KiB thread stack in a fresh JVM.
        String json = nest("{\"Name\":\"a\",\"Children\":[", "{}", "]}", DEEP);
        Class<?> node = type("recursive-structure", "Node");
        Throwable[] thrown = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                MAPPER.readValue(json, node);
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, "half-stack", 512 * 1024);
        small.start();
        small.join();
        assertTrue(thrown[0] instanceof MismatchedInputException, String.valueOf(thrown[0]));
        assertTrue(((MismatchedInputException) thrown[0]).getOriginalMessage().matches(GUARD_LIMIT),
                thrown[0].getMessage());
    }

    /** A chain of nodes built with builders, each the only child of the next; the root is named {@code rootName}. */
    private static Object chain(int depth, String rootName, UnaryOperator<Object> link) {
        Class<?> node = type("recursive-structure", "Node");
        Object v = call(call(call(node, "builder"), "name", "leaf"), "build");
        for (int i = 0; i < depth; i++) {
            v = link.apply(v);
        }
        return call(call(call(v, "toBuilder"), "name", rootName), "build");
    }

    private static Object childOf(Object child) {
        Class<?> node = type("recursive-structure", "Node");
        return call(call(call(call(node, "builder"), "name", "n"), "children", List.of(child)), "build");
    }

    private static Object partnerOf(Object back) {
        Class<?> node = type("recursive-structure", "Node");
        Class<?> partner = type("recursive-structure", "Partner");
        Object p = call(call(call(partner, "builder"), "back", back), "build");
        return call(call(call(call(node, "builder"), "name", "n"), "partner", p), "build");
    }

    @Test
    void validateStopsAtItsDepthLimitWithAViolationThatSaysSo() {
        Object deep = chain(DEEP, "toolongname", DeepNestingTest::childOf);
        List<String> violations = FixtureBehaviourTest.violations(deep);
        assertEquals(List.of("Name: must be at most 8 characters long, but is 11",
                String.join(".", Collections.nCopies(500, "Children[0]")) + ": is nested deeper than 1000 levels: "
                        + "the walk stopped here, so the rest of the value was not checked"), violations);
        Object throughPartners = chain(DEEP, "root", DeepNestingTest::partnerOf);
        assertEquals(List.of(String.join(".", Collections.nCopies(500, "Partner.Back"))
                + ": is nested deeper than 1000 levels: the walk stopped here, so the rest of the value was not "
                + "checked"), FixtureBehaviourTest.violations(throughPartners));
    }

    @Test
    void validateOnAHundredThousandLevelsStopsAtTheSameDepth() {
        Object deeper = chain(100_000, "root", DeepNestingTest::childOf);
        List<String> violations = FixtureBehaviourTest.violations(deeper);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).endsWith("Children[0]: is nested deeper than 1000 levels: the walk stopped "
                + "here, so the rest of the value was not checked"), violations.get(0));
        Throwable e = assertThrows(AssertionError.class, () -> call(deeper, "validateOrThrow")).getCause();
        assertEquals("ValidationException", e.getClass().getSimpleName());
        assertTrue(e.getMessage().startsWith("1 constraint violation"), e.getMessage());
    }

    @Test
    void writingTenThousandLevelsBuiltInCodeStopsAtTheSameLimit() {
        for (Object deep : List.of(chain(DEEP, "root", DeepNestingTest::childOf),
                chain(DEEP, "root", DeepNestingTest::partnerOf))) {
            JsonGenerationException e = assertThrows(JsonGenerationException.class,
                    () -> MAPPER.writeValueAsString(deep));
            assertEquals(WRITE_LIMIT, e.getOriginalMessage());
        }
    }

    @Test
    void unionsTenThousandLevelsDeepBuiltInCodeAreNeitherWrittenNorWalkedPastTheLimits() throws Exception {
        CompiledCode code = Fixtures.compiled("union-members");
        String pkg = Fixtures.packageOf("union-members");
        Object payload = code.load(pkg + ".Payload$Text").getConstructors()[0].newInstance("a");
        for (int i = 0; i < DEEP; i++) {
            Object nested = call(call(call(code.load(pkg + ".Nested"), "builder"), "inner", payload), "build");
            payload = code.load(pkg + ".Payload$Nested").getConstructors()[0].newInstance(nested);
        }
        Object deep = payload;
        JsonGenerationException e = assertThrows(JsonGenerationException.class, () -> MAPPER.writeValueAsString(deep));
        assertEquals(WRITE_LIMIT, e.getOriginalMessage());
        List<String> violations = FixtureBehaviourTest.violations(deep);
        assertEquals(List.of(String.join(".", Collections.nCopies(500, "Nested.Inner"))
                + ": is nested deeper than 1000 levels: the walk stopped here, so the rest of the value was not "
                + "checked"), violations);
    }

    @Test
    void aDocumentBuiltInCodeMayBeAsDeepAsJacksonReadsButNoDeeper() {
        Class<?> document = type("union-members", "runtime.Document");
        ObjectNode atLimit = deepObject(1000);
        assertEquals(atLimit, call(call(document, "of", atLimit), "toJsonNode"));
        for (int depth : new int[] {1001, DEEP}) {
            ObjectNode tooDeep = deepObject(depth);
            Throwable e = assertThrows(AssertionError.class, () -> call(document, "of", tooDeep)).getCause();
            assertTrue(e instanceof IllegalArgumentException, String.valueOf(e));
            assertEquals("a document may be nested at most 1000 levels deep (as Jackson reads and writes JSON by "
                    + "default), but this one is deeper", e.getMessage());
        }
    }

    /** {@code {"a":{"a":...{}}}} with {@code depth} objects. */
    private static ObjectNode deepObject(int depth) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode at = root;
        for (int i = 1; i < depth; i++) {
            at = at.putObject("a");
        }
        return root;
    }

    @Test
    void dynamoDbAttributeValueTenThousandLevelsDeep() throws Exception {
        CompiledCode code = Fixtures.compile("dynamodb", TestPaths.awsModel("dynamodb.json"), List.of("AttributeValue"),
                List.of());
        Class<?> type = code.load(Fixtures.packageOf("dynamodb") + ".AttributeValue");
        for (String json : List.of(nest("{\"L\":[", "{\"S\":\"x\"}", "]}", DEEP),
                nest("{\"M\":{\"k\":", "{\"S\":\"x\"}", "}}", DEEP))) {
            MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, type));
            assertTrue(e.getOriginalMessage().matches(GUARD_LIMIT), e.getOriginalMessage());
        }
        Object value = call(call(call(type, "builder"), "s", "x"), "build");
        for (int i = 0; i < DEEP; i++) {
            Object inner = value;
            value = call(call(call(type, "builder"), i % 2 == 0 ? "l" : "m",
                    i % 2 == 0 ? List.of(inner) : Map.of("k", inner)), "build");
        }
        Object deep = value;
        JsonGenerationException e = assertThrows(JsonGenerationException.class, () -> MAPPER.writeValueAsString(deep));
        assertEquals(WRITE_LIMIT, e.getOriginalMessage());
        List<String> violations = FixtureBehaviourTest.violations(deep);
        assertEquals(List.of(String.join(".", Collections.nCopies(250, "M[k].L[0]")) + ": is nested deeper than "
                + "1000 levels: the walk stopped here, so the rest of the value was not checked"), violations);
    }
}
