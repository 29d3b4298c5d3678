package dev.shapegen.behaviour;

import static dev.shapegen.behaviour.FixtureBehaviourTest.read;
import static dev.shapegen.behaviour.FixtureBehaviourTest.roundTrip;
import static dev.shapegen.behaviour.FixtureBehaviourTest.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.shapegen.testing.CompiledCode;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile values in the edge-case fixtures: patterns java.util.regex cannot match in reasonable time or stack,
 * numbers of absurd size, timestamps of the wrong shape, unknown union members.
 */
class HostileValuesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<String> guarded(String member, String value) throws Exception {
        return violations(read("hostile-patterns", "Guarded", MAPPER.writeValueAsString(
                java.util.Map.of(member, value))));
    }

    /** Counts the matcher's reads of the text and gives up after {@code limit} of them. */
    static final class Counted implements CharSequence {
        private final String s;
        private long left;

        Counted(String s, long limit) {
            this.s = s;
            this.left = limit;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new IllegalStateException("more than the limit");
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    @Test
    void thePatternNeverRunsOnAValueLongerThanMax() throws Exception {
        String alternating = "ab".repeat(500_000);
        // The pattern itself cannot take this value: java.util.regex recurses once per repetition.
        assertThrows(StackOverflowError.class, () -> Pattern.compile("^(a|b)*$").matcher(alternating).find());
        assertEquals(List.of("Alternation: must be at most 10 characters long, but is 1000000"),
                guarded("Alternation", alternating));
        String nearMiss = "a".repeat(100_000) + "!";
        assertThrows(IllegalStateException.class,
                () -> Pattern.compile("^(a+){2,30}$").matcher(new Counted(nearMiss, 10_000_000)).find(),
                "backtracks exponentially");
        assertEquals(List.of("BoundedRepeat: must be at most 30 characters long, but is 100001"),
                guarded("BoundedRepeat", nearMiss));
    }

    @Test
    void anAutomatonDecidesWhereJavaUtilRegexCannot() throws Exception {
        String nearMiss = "a".repeat(29) + "!";
        assertThrows(IllegalStateException.class,
                () -> Pattern.compile("^(a+){2,30}$").matcher(new Counted(nearMiss, 10_000_000)).find());
        assertEquals(List.of("BoundedRepeat: must match the pattern ^(a+){2,30}$"), guarded("BoundedRepeat", nearMiss));
        assertThrows(StackOverflowError.class,
                () -> Pattern.compile("^(a|b)*$").matcher("ab".repeat(500_000)).find());
        assertEquals(List.of(), guarded("Unbounded", "ab".repeat(500_000)));
        assertEquals(List.of("Unbounded: must match the pattern ^(a|b)*$"),
                guarded("Unbounded", "ab".repeat(500_000) + "c"));
        // SageMaker's RepositoryUrl: within its max of 1,024 the bound {3,1016} cannot be reached, so the automaton
        // drops it and stays small; java.util.regex spends any budget on this value.
        String url = "https://" + "a".repeat(1015) + "!";
        assertThrows(IllegalStateException.class, () -> Pattern.compile("^https://([.\\-_a-zA-Z0-9]+/?){3,1016}$")
                .matcher(new Counted(url, 10_000_000)).find());
        assertEquals(List.of("RepositoryUrl: must match the pattern ^https://([.\\-_a-zA-Z0-9]+/?){3,1016}$"),
                guarded("RepositoryUrl", url));
    }

    @Test
    void withinMaxACatastrophicPatternIsStoppedByItsBudget() throws Exception {
        // A lookahead keeps java.util.regex (no automaton), so the budget is what stops it.
        String nearMiss = "a".repeat(29) + "!";
        assertThrows(IllegalStateException.class,
                () -> Pattern.compile("^(a+){2,30}(?=$)$").matcher(new Counted(nearMiss, 10_000_000)).find());
        assertEquals(List.of("BoundedRepeatLookahead: could not be checked against the pattern ^(a+){2,30}(?=$)$: "
                + "matching took more than 100240 steps on a value of 30 characters"),
                guarded("BoundedRepeatLookahead", nearMiss));
        assertEquals(List.of(), guarded("BoundedRepeat", "a".repeat(30)));
        assertEquals(List.of(), guarded("RepositoryUrl", "https://github.com/aws/sagemaker-python-sdk.git"));
        assertEquals(List.of("RepositoryUrl: must match the pattern ^https://([.\\-_a-zA-Z0-9]+/?){3,1016}$"),
                guarded("RepositoryUrl", "http://github.com/aws/sdk"));
    }

    @Test
    void aStackOverflowInTheRegexEngineIsAViolationNotACrash() throws Exception {
        assertEquals(List.of("UnboundedLookahead: could not be checked against the pattern ^(a|b)*(?=$)$: the regular "
                + "expression engine ran out of stack on a value of 1000000 characters"),
                guarded("UnboundedLookahead", "ab".repeat(500_000)));
        assertEquals(List.of(), guarded("UnboundedLookahead", "ab".repeat(100)));
        assertEquals(List.of("UnboundedLookahead: must match the pattern ^(a|b)*(?=$)$"),
                guarded("UnboundedLookahead", "abc"));
    }

    @Test
    void aHugeDecimalIsReportedInScientificNotation() throws Exception {
        // Plain notation would be a billion digits long.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertEquals(
                List.of("Exact: must be at most 1.25, but is 1E+999999999"),
                violations(read("constraints", "Limits", "{\"Id\": \"abc\", \"Exact\": 1e999999999}"))));
        assertEquals(List.of("Exact: must be at most 1.25, but is 1.5"),
                violations(read("constraints", "Limits", "{\"Id\": \"abc\", \"Exact\": 1.5}")));
    }

    @Test
    void aNumberBeyondAFloatsOrADoublesRangeIsRefusedNotMadeInfinite() throws Exception {
        for (String[] c : new String[][] {{"Ratio", "1e39", "a float"}, {"Ratio", "-1e39", "a float"},
                {"Weight", "1e400", "a double"}, {"Weight", "-1e400", "a double"}}) {
            MismatchedInputException e = assertThrows(MismatchedInputException.class,
                    () -> read("constraints", "Limits", "{\"" + c[0] + "\": " + c[1] + "}"), c[1]);
            assertTrue(e.getMessage().contains("expected a number within the range of " + c[2]), e.getMessage());
            assertTrue(e.getMessage().contains(c[0]), "names the member: " + e.getMessage());
        }
        // Infinity is what the strings say, as AWS writes it; the largest float is not too large.
        roundTrip("constraints", "Limits", "{\"Ratio\": \"Infinity\", \"Weight\": \"-Infinity\"}");
        roundTrip("constraints", "Limits", "{\"Ratio\": 3.4028235E38, \"Weight\": 1.7976931348623157E308}");
    }

    /**
     * Nulls in lists and maps read and write back as they came, and validate() reports each: no AWS model marks a
     * list or map sparse, so a service takes no null there (and a list left without constraints is still walked).
     */
    @Test
    void nullElementsAreKeptAndReported() throws Exception {
        Object node = roundTrip("recursive-structure", "Node", "{\"Name\": \"x\", \"Children\": [null, {\"Name\": "
                + "\"a\"}], \"ByKey\": {\"k\": null}, \"Grid\": [[null], null]}");
        assertEquals(List.of("Children[0]: must not be null: lists and maps hold no null elements",
                "ByKey[k]: must not be null: lists and maps hold no null elements",
                "Grid[0][0]: must not be null: lists and maps hold no null elements",
                "Grid[1]: must not be null: lists and maps hold no null elements"), violations(node));
        Object times = read("xml-timestamps", "Times", "{\"Series\": [[null]], \"ByName\": {\"a\": null}}");
        assertEquals(List.of("Series[0][0]: must not be null: lists and maps hold no null elements",
                "ByName[a]: must not be null: lists and maps hold no null elements"), violations(times));
        assertEquals(List.of(), violations(read("recursive-structure", "Node", "{\"Name\": \"x\", \"Children\": []}")));
    }

    /**
     * A float is the float nearest the number as written. Through a double, this one would round up to 1 + 2^-23,
     * then to even at 1 + 2^-22; rounded once it is 1 + 2^-23.
     */
    @Test
    void aFloatIsRoundedOnceFromTheText() throws Exception {
        Object limits = read("constraints", "Limits", "{\"Ratio\": 1.00000017881393432617187499}");
        assertEquals(Float.intBitsToFloat(0x3f800001), CompiledCode.call(limits, "ratio"));
        Object fromTree = MAPPER.treeToValue(MAPPER.readTree("{\"Ratio\": 0.1}"), limits.getClass());
        assertEquals(0.1f, CompiledCode.call(fromTree, "ratio"));
    }

    @Test
    void timestampListsAndMapsOfTheWrongShapeAreRefusedWithTheMember() {
        for (String[] c : new String[][] {{"{\"Series\": [1]}", "Series"}, {"{\"Series\": 1}", "Series"},
                {"{\"Series\": [[1], {}]}", "Series"}, {"{\"ByName\": []}", "ByName"},
                {"{\"Default\": [1]}", "Default"}, {"{\"Epoch\": {\"a\": 1}}", "Epoch"}}) {
            MismatchedInputException e = assertThrows(MismatchedInputException.class,
                    () -> read("xml-timestamps", "Times", c[0]), c[0]);
            assertEquals(c[1], e.getPath().get(0).getFieldName(), c[0]);
        }
    }

    @Test
    void unknownUnionMembersOfAnyJsonAreKeptAndWrittenBack() throws Exception {
        String huge = "x".repeat(1_000_000);
        for (String value : List.of("\"" + huge + "\"", "12345678901234567890123456789", "-0", "true", "[]", "{}",
                "\"\\u0000\\n\\\"</script>\"", "[[[[[[[[[[1]]]]]]]]]]", "{\"\": {\"\": []}}")) {
            String json = "{\"Payload\": {\"Text\": \"a\"}, \"Payloads\": [{\"Future\": " + value + "},"
                    + " {\"Number\": 1}]}";
            Object envelope = roundTrip("union-members", "Envelope", json);
            Object future = ((List<?>) CompiledCode.call(envelope, "payloads")).get(0);
            assertEquals("Future", CompiledCode.call(future, "memberName"));
            assertEquals("Unknown", future.getClass().getSimpleName());
        }
        // A member set to null is not set: an object of only that member has no member at all.
        assertThrows(MismatchedInputException.class,
                () -> read("union-members", "Envelope", "{\"Payload\": {\"Future\": null}}"));
    }

    @Test
    void aUnionIgnoresTheAwsJsonTypeTag() throws Exception {
        // awsJson services may tag any object with __type; in a union it is not a second (unknown) member.
        for (String tag : List.of("\"com.example#Payload\"", "{\"a\": [1]}", "null")) {
            Object envelope = read("union-members", "Envelope",
                    "{\"Payload\": {\"__type\": " + tag + ", \"Text\": \"a\"}}");
            Object payload = CompiledCode.call(envelope, "payload");
            assertEquals("Text", payload.getClass().getSimpleName(), tag);
            assertEquals("{\"Payload\":{\"Text\":\"a\"}}", MAPPER.writeValueAsString(envelope));
        }
        MismatchedInputException none = assertThrows(MismatchedInputException.class,
                () -> read("union-members", "Envelope", "{\"Payload\": {\"__type\": \"x\"}}"));
        assertTrue(none.getMessage().contains("found none"), none.getMessage());
    }

    @Test
    void unknownUnionMembersAndDocumentsKeepEveryNumberAsWritten() throws Exception {
        // Trees hold decimals as doubles by default, which would round the first and write the second as "Infinity".
        // Only the sign of a negative zero is lost: BigDecimal has none.
        String json = "{\"Payload\": {\"Future\": [1.00000000000000000001, 1e400, 1.50, -0.0, 12345678901234567890]}}";
        assertEquals("{\"Payload\":{\"Future\":[1.00000000000000000001,1E+400,1.50,0.0,12345678901234567890]}}",
                MAPPER.writeValueAsString(read("union-members", "Envelope", json)));
        String free = "{\"Payload\": {\"Free\": {\"a\": 0.1000000000000000000000001}}}";
        assertEquals("{\"Payload\":{\"Free\":{\"a\":0.1000000000000000000000001}}}",
                MAPPER.writeValueAsString(read("union-members", "Envelope", free)));
    }

    @Test
    void aDocumentBuiltWithDoublesEqualsTheOneReadBack() throws Exception {
        // Read back, the numbers are decimals; the document is the same JSON, so it is equal, with the same hash.
        CompiledCode code = Fixtures.compiled("union-members");
        String pkg = Fixtures.packageOf("union-members");
        Object document = CompiledCode.call(code.load(pkg + ".runtime.Document"), "of",
                MAPPER.readTree("{\"b\": [0.1, 1.5, 2, 1e10], \"a\": {\"c\": 914.0666911293321}}"));
        Object free = code.load(pkg + ".Payload$Free").getConstructors()[0].newInstance(document);
        Object back = MAPPER.readValue(MAPPER.writeValueAsString(free), code.load(pkg + ".Payload"));
        assertEquals(free, back);
        assertEquals(free.hashCode(), back.hashCode());
        Object other = CompiledCode.call(code.load(pkg + ".runtime.Document"), "of",
                MAPPER.readTree("{\"b\": [0.1, 1.5, 2, 1e10], \"a\": {\"c\": \"914.0666911293321\"}}"));
        assertTrue(!document.equals(other), "a string is not a number");
    }

    @Test
    void aDecimalTooLargeForADoubleIsNoInfinity() throws Exception {
        CompiledCode code = Fixtures.compiled("union-members");
        Class<?> document = code.load(Fixtures.packageOf("union-members") + ".runtime.Document");
        Object big = MAPPER.readValue("1e400", document);
        Object infinity = CompiledCode.call(document, "of", DoubleNode.valueOf(Double.POSITIVE_INFINITY));
        assertNotEquals(big, infinity);
        assertNotEquals(infinity, big);
        Object sameBig = MAPPER.readValue("10E+399", document);
        assertEquals(big, sameBig);
        assertEquals(big.hashCode(), sameBig.hashCode());
        Object sameInfinity = CompiledCode.call(document, "of", DoubleNode.valueOf(Double.POSITIVE_INFINITY));
        assertEquals(infinity, sameInfinity);
        assertEquals(infinity.hashCode(), sameInfinity.hashCode());
    }

    /**
     * With {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, bare NaN and infinities read as their quoted forms do
     * where the type has them (float, double), and fail as mapping errors that name them where it has not (decimal,
     * timestamp), never as a NumberFormatException.
     */
    @Test
    void bareNonNumericNumbersReadAsQuotedOnesOrFailAsMappingErrors() throws Exception {
        ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        Class<?> limits = Fixtures.compiled("constraints").load(Fixtures.packageOf("constraints") + ".Limits");
        Class<?> envelope = Fixtures.compiled("union-members").load(Fixtures.packageOf("union-members")
                + ".Envelope");
        for (String v : List.of("NaN", "Infinity", "-Infinity")) {
            Object bare = lenient.readValue("{\"Id\": \"abc\", \"Weight\": " + v + ", \"Ratio\": " + v + "}", limits);
            Object quoted = MAPPER.readValue("{\"Id\": \"abc\", \"Weight\": \"" + v + "\", \"Ratio\": \"" + v + "\"}",
                    limits);
            assertEquals(quoted, bare, v);
            MismatchedInputException exact = assertThrows(MismatchedInputException.class,
                    () -> lenient.readValue("{\"Exact\": " + v + "}", limits));
            assertTrue(exact.getMessage().contains("expected a finite number, but found " + v), exact.getMessage());
            MismatchedInputException when = assertThrows(MismatchedInputException.class,
                    () -> lenient.readValue("{\"Payload\": {\"When\": " + v + "}}", envelope));
            assertTrue(when.getMessage().contains("not a timestamp: " + v), when.getMessage());
        }
        // From a tree, whose doubles hold 1e400 as infinity, it is still a number beyond the range.
        for (ObjectMapper mapper : List.of(MAPPER, lenient)) {
            assertThrows(MismatchedInputException.class, () -> mapper.treeToValue(
                    mapper.readTree("{\"Id\": \"abc\", \"Weight\": 1e400}"), limits));
        }
    }

    /** JSON has no null keys: a map with one is refused where the record is made, not written as "null". */
    @Test
    void aMapWithANullKeyIsRefusedWhenTheRecordIsMade() throws Exception {
        Class<?> limits = Fixtures.compiled("constraints").load(Fixtures.packageOf("constraints") + ".Limits");
        Object builder = CompiledCode.call(limits, "builder");
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        tags.put(null, "v");
        CompiledCode.call(builder, "tags", tags);
        Throwable e = assertThrows(Throwable.class, () -> CompiledCode.call(builder, "build"));
        while (e.getCause() != null && !(e instanceof NullPointerException)) {
            e = e.getCause();
        }
        assertTrue(e instanceof NullPointerException && e.getMessage().contains("JSON has no null keys"),
                String.valueOf(e));
    }
}
