package dev.shapegen.diff;

import static dev.shapegen.diff.PyValue.dict;
import static dev.shapegen.diff.PyValue.emptyTuple;
import static dev.shapegen.diff.PyValue.entry;
import static dev.shapegen.diff.PyValue.integer;
import static dev.shapegen.diff.PyValue.list;
import static dev.shapegen.diff.PyValue.set;
import static dev.shapegen.diff.PyValue.str;
import static dev.shapegen.diff.PyValue.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PrettyPrinter} against CPython 3.11's {@code pprint.pformat}: edge cases with the output written out, then
 * a few hundred random values compared with a live {@code python3} when there is one.
 */
class PrettyPrinterTest {
    private static final String ALTERNATIVES = IntStream.range(0, 14)
            .mapToObj(i -> "ml.p" + i % 6 + "." + (1 << (i % 6)) + "xlarge")
            .collect(Collectors.joining(" | "));

    @Test
    void nestedDictsThatFitStayOnOneLine() {
        PyValue v = dict(entry("ReservedCapacitySummaries", dict(entry("InstanceType", set("ml.trn1.32xlarge")))));
        assertEquals("{'ReservedCapacitySummaries': {'InstanceType': {'ml.trn1.32xlarge'}}}",
                PrettyPrinter.pformat(v));
    }

    @Test
    void singleEntryContainersNeverBreakEvenPastTheWidth() {
        // Too wide, but with one entry per level there is no comma to break at and the word cannot be split.
        PyValue v = dict(entry("TrainingPlanOfferings", dict(entry("ReservedCapacityOfferings",
                dict(entry("InstanceType", set("ml.trn1.32xlarge")))))));
        assertEquals("{'TrainingPlanOfferings': {'ReservedCapacityOfferings': {'InstanceType': {'ml.trn1.32xlarge'}}}}",
                PrettyPrinter.pformat(v));
    }

    @Test
    void setWrapsSortedOneColumnInsideItsBrace() {
        PyValue v = dict(entry("InstanceType", set("ml.trn1.32xlarge", "ml.p5.48xlarge", "ml.p4d.24xlarge",
                "ml.g5.xlarge", "ml.trn1n.32xlarge")));
        assertEquals("""
                {'InstanceType': {'ml.g5.xlarge',
                                  'ml.p4d.24xlarge',
                                  'ml.p5.48xlarge',
                                  'ml.trn1.32xlarge',
                                  'ml.trn1n.32xlarge'}}""", PrettyPrinter.pformat(v));
    }

    @Test
    void longStringInsideDictValueSplitsAfterWhitespaceAlignedUnderItsStart() {
        PyValue v = dict(entry("Offering", dict(entry("InstanceType", str(ALTERNATIVES)),
                entry("Count", str("integer")))));
        assertEquals("""
                {'Offering': {'Count': 'integer',
                              'InstanceType': 'ml.p0.1xlarge | ml.p1.2xlarge | ml.p2.4xlarge | '
                                              'ml.p3.8xlarge | ml.p4.16xlarge | ml.p5.32xlarge '
                                              '| ml.p0.1xlarge | ml.p1.2xlarge | ml.p2.4xlarge '
                                              '| ml.p3.8xlarge | ml.p4.16xlarge | '
                                              'ml.p5.32xlarge | ml.p0.1xlarge | ml.p1.2xlarge'}}""",
                PrettyPrinter.pformat(v));
    }

    @Test
    void topLevelLongStringIsParenthesised() {
        assertEquals("""
                ('ml.p0.1xlarge | ml.p1.2xlarge | ml.p2.4xlarge | ml.p3.8xlarge | '
                 'ml.p4.16xlarge | ml.p5.32xlarge | ml.p0.1xlarge | ml.p1.2xlarge | '
                 'ml.p2.4xlarge | ml.p3.8xlarge | ml.p4.16xlarge | ml.p5.32xlarge | '
                 'ml.p0.1xlarge | ml.p1.2xlarge')""", PrettyPrinter.pformat(str(ALTERNATIVES)));
    }

    @Test
    void unsplittableTopLevelStringHasNoParentheses() {
        String word = "x".repeat(100);
        assertEquals("'" + word + "'", PrettyPrinter.pformat(str(word)));
    }

    @Test
    void multiLineStringSplitsAfterEachLineBreak() {
        PyValue v = dict(entry("Doc",
                str("first line\nsecond line that is long enough to need a break somewhere in it\n")));
        assertEquals("""
                {'Doc': 'first line\\n'
                        'second line that is long enough to need a break somewhere in it\\n'}""",
                PrettyPrinter.pformat(v));
    }

    @Test
    void quotesChooseDoubleOnlyForSingleQuoteWithoutDouble() {
        PyValue v = list(str("it's"), str("say \"hi\""), str("it's \"both\""));
        assertEquals("[\"it's\", 'say \"hi\"', 'it\\'s \"both\"']", PrettyPrinter.pformat(v));
    }

    @Test
    void splitPiecesAreQuotedEachOnTheirOwn() {
        String text = "The plan's capacity, " + "x ".repeat(30) + "quoted \"y\" " + "z ".repeat(20);
        assertEquals("""
                {'Description': "The plan's capacity, x x x x x x x x x x x x x x x x x x x x "
                                'x x x x x x x x x x quoted "y" z z z z z z z z z z z z z z z '
                                'z z z z z '}""", PrettyPrinter.pformat(dict(entry("Description", str(text)))));
    }

    @Test
    void backslashesAndControlCharactersAreEscaped() {
        assertEquals("'C:\\\\path\\\\to\\n\\ttab\\r\\x00\\x7f end'",
                PrettyPrinter.pformat(str("C:\\path\\to\n\ttab\r\u0000\u007f end")));
    }

    @Test
    void unicodePrintableKeptOthersEscapedBySize() {
        PyValue v = list(str("caf\u00e9 \u4e2d\u6587 \ud83d\ude00"), str("\u00a0\u200b\u2028\u00ad"), str("\ud800"),
                str("\udb40\udc01"), str("\u0870"));
        // U+0870 is new in Unicode 14: printable to Python 3.11 although Java 17 does not know it.
        assertEquals("['caf\u00e9 \u4e2d\u6587 \ud83d\ude00', '\\xa0\\u200b\\u2028\\xad', '\\ud800', '\\U000e0001', "
                + "'\u0870']", PrettyPrinter.pformat(v));
    }

    @Test
    void emptyContainersPrintTheirRepr() {
        PyValue v = list(dict(), set(), emptyTuple(), list(), str(""));
        assertEquals("[{}, set(), (), [], '']", PrettyPrinter.pformat(v));
        assertEquals("[{},\n set(),\n (),\n [],\n '']", PrettyPrinter.pformat(v, 1));
    }

    @Test
    void listSkeletonsRecursiveReferenceAndOneElementTuple() {
        PyValue v = dict(entry("Items", list(dict(entry("A", str("string")), entry("B", list(str("timestamp")))))),
                entry("Self", emptyTuple()), entry("One", tuple(str("x"))));
        assertEquals("{'Items': [{'A': 'string', 'B': ['timestamp']}], 'One': ('x',), 'Self': ()}",
                PrettyPrinter.pformat(v));
        PyValue pair = tuple(tuple(str("a".repeat(50)), str("b".repeat(50))));
        assertEquals("(('" + "a".repeat(50) + "',\n  '" + "b".repeat(50) + "'),)", PrettyPrinter.pformat(pair));
    }

    @Test
    void widthBoundaryExactly80FitsAnd81Wraps() {
        String base = "{'Key': 'string', 'Other': ''}";
        PyValue fits = dict(entry("Key", str("string")), entry("Other", str("v".repeat(80 - base.length()))));
        PyValue wraps = dict(entry("Key", str("string")), entry("Other", str("v".repeat(81 - base.length()))));
        assertEquals(80, PrettyPrinter.saferepr(fits).length());
        assertEquals(PrettyPrinter.saferepr(fits), PrettyPrinter.pformat(fits));
        assertEquals("{'Key': 'string',\n 'Other': '" + "v".repeat(81 - base.length()) + "'}",
                PrettyPrinter.pformat(wraps));
    }

    @Test
    void widthCountsCodePointsNotUtf16Units() {
        String base = "{'Key': 'string', 'Other': ''}";
        PyValue v = dict(entry("Key", str("string")), entry("Other", str("\ud83d\ude00".repeat(80 - base.length()))));
        assertEquals(PrettyPrinter.saferepr(v), PrettyPrinter.pformat(v));
    }

    @Test
    void lastElementLeavesRoomForClosingBrackets() {
        // The same string fits as the first element (room for ",") but not as the last (room for "]}").
        String s = "word ".repeat(13) + "xxxxx";
        assertEquals("""
                {'A': ['word word word word word word word word word word word word word xxxxx',
                       'word word word word word word word word word word word word word '
                       'xxxxx']}""", PrettyPrinter.pformat(dict(entry("A", list(str(s), str(s))))));
    }

    @Test
    void deepNestingWrapsSetAtItsColumn() {
        PyValue inner = dict(entry("D", dict(entry("E", set("String", "Integer", "Timestamp", "Boolean")))));
        PyValue v = dict(entry("A", dict(entry("B", dict(entry("C", list(inner)))))), entry("F", emptyTuple()));
        assertEquals("""
                {'A': {'B': {'C': [{'D': {'E': {'Boolean',
                                                'Integer',
                                                'String',
                                                'Timestamp'}}}]}},
                 'F': ()}""", PrettyPrinter.pformat(v, 40));
    }

    @Test
    void dictKeysSortByCodePointAndIntsBeforeStrsBeforeTuples() {
        PyValue keys = dict(Map.of("b", integer(1), "B", integer(2), "a", integer(3), "\uff01", integer(4),
                "\ud83d\ude00", integer(5), "_", integer(6)));
        assertEquals("{'B': 2, '_': 6, 'a': 3, 'b': 1, '\uff01': 4, '\ud83d\ude00': 5}", PrettyPrinter.pformat(keys));
        PyValue mixed = dict(entry("b", str("x")), entry(integer(3), str("y")), entry(emptyTuple(), str("z")),
                entry(integer(-1), str("w")), entry("a", str("v")));
        assertEquals("{-1: 'w', 3: 'y', 'a': 'v', 'b': 'x', (): 'z'}", PrettyPrinter.pformat(mixed));
    }

    @Test
    void longKeysAndWordsAreNeverBroken() {
        String key = "K".repeat(90);
        assertEquals("{'" + key + "': 'string'}", PrettyPrinter.pformat(dict(entry(key, str("string")))));
    }

    @Test
    void reprKeepsDictOrderWhileSafereprSorts() {
        PyValue v = dict(entry("b", set("y", "x")), entry("a", list(integer(1))));
        assertEquals("{'b': {'x', 'y'}, 'a': [1]}", v.repr());
        assertEquals("{'a': [1], 'b': {'x', 'y'}}", PrettyPrinter.saferepr(v));
    }

    @Test
    void invalidValuesAndWidthAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PrettyPrinter.pformat(str("x"), 0));
        assertThrows(IllegalArgumentException.class, () -> dict(entry("a", str("1")), entry("a", str("2"))));
        assertThrows(IllegalArgumentException.class, () -> entry(list(), str("x")));
        assertEquals(set("a"), set("a", "a"));
    }

    @Test
    void negativeWidthWrapsEverything() {
        List<PyValue> items = new ArrayList<>(List.of(str("a b"), integer(7)));
        assertEquals("['a '\n 'b',\n 7]", PrettyPrinter.pformat(new PyValue.ListValue(items), -1));
    }

    @Test
    void agreesWithPythonPprintOnRandomValues(@TempDir Path dir) throws Exception {
        PythonPprint python = PythonPprint.find(dir).orElse(null);
        assumeTrue(python != null, "python3 not on PATH: skipping the comparison with pprint");
        List<RandomPyValues.Case> cases = RandomPyValues.generate(20250116L, 600);
        List<PythonPprint.Output> outputs = python.pformatAll(cases);
        assertEquals(cases.size(), outputs.size());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            RandomPyValues.Case c = cases.get(i);
            String actual = PrettyPrinter.pformat(c.value(), c.width());
            PythonPprint.Output expected = outputs.get(i);
            String value = PrettyPrinter.saferepr(c.value());
            String where = "case " + i + ", width " + c.width() + ", value "
                    + (value.length() > 2000 ? value.substring(0, 2000) + "..." : value);
            if (!actual.equals(expected.sortedSets())) {
                failures.add(where + "\nexpected:\n" + expected.sortedSets() + "\nactual:\n" + actual);
            } else if (!sameLayout(actual, expected.pprint())) {
                failures.add(where + "\ndiffers from plain pprint by more than set order:\n" + expected.pprint());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " differ; the first:\n"
                + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
    }

    @Test
    void printableCharactersAgreeWithPython(@TempDir Path dir) throws Exception {
        PythonPprint python = PythonPprint.find(dir).orElse(null);
        assumeTrue(python != null, "python3 not on PATH: skipping the comparison with str.isprintable");
        String[] out = python.run("""
                import unicodedata
                print(unicodedata.unidata_version)
                print(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))
                """).split("\n");
        assumeTrue(out[0].equals("14.0.0"), "python3 uses Unicode " + out[0] + ", the table is for 14.0.0");
        List<String> mismatches = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            if ((out[1].charAt(cp) == '1') != PyUnicode.isPrintable(cp)) {
                mismatches.add(Integer.toHexString(cp));
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())));
    }

    /** Same line lengths and same characters: what two printings differing only in set order have in common. */
    private static boolean sameLayout(String a, String b) {
        List<Integer> linesA = a.lines().map(PyUnicode::length).toList();
        List<Integer> linesB = b.lines().map(PyUnicode::length).toList();
        return linesA.equals(linesB) && a.codePoints().sorted().boxed().toList()
                .equals(b.codePoints().sorted().boxed().toList());
    }
}
