package dev.shapegen.resolve.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Patterns compiled to automata find exactly what {@code Pattern.compile(p).matcher(v).find()} finds, on values
 * picked for the corners of java.util.regex: line terminators around {@code $}, surrogate pairs and lone surrogates,
 * general categories, empty matches. Constructs an automaton cannot reproduce keep java.util.regex.
 */
class PatternAutomataTest {
    /** Values tried on every pattern, with every pair of them joined. */
    private static final List<String> VALUES = List.of("", "a", "ab", "ba", "aab", "b", "-", "a-b", "A", "Z9", "_",
            "\n", "\r", "\r\n", "a\n", "a\r", "a\r\n", "a\n\n", "\na", "a\u2028", "a\u0085", "a\u2029", " ", "\t",
            "\uD83D\uDE00", "a\uD83D\uDE00", "\uD800", "\uDC00", "\uD800a", "a\uDC00", "\u00E9", "\u0100", "\u4E2D",
            "\u3000", "\u00A0", "arn:aws:sagemaker:us-east-1:123456789012:training-plan/x", "0123456789012",
            "x.y", "...", "a_b-c.d", "&&", "[]", "\u0000", "\u007F", "@", "\u0301", "x\u0301", "-\u0301",
            "\uD835\uDC00", "\uD834\uDD67", "word", "1.2.3.4", "255.255.0.1");

    private static List<String> values() {
        List<String> all = new ArrayList<>(VALUES);
        for (String a : VALUES) {
            for (String b : VALUES) {
                all.add(a + b);
            }
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a", "ab", "a|b", "a*", "a+b", "^a", "a$", "^a$", "^$", "$", "^", "a\\z", "\\Aa", "a\\Z", "^a|b$", "(^a|b)c",
        "a$|b", "(a|b$)", "a$\\n?", "\\r$", "\\n$", "^\\r?$", ".", "^.$", "^.*$", ".+", "^[^a]$", "[^a]", "[a-]",
        "[-a]", "[\\w-]", "[\\w-.]+$", "[a-z-0]", "\\d{2,3}", "^\\d{2,3}$", "^a{0}$", "^(ab){1,2}$", "(?:a|b)+c",
        "(?<name>a)b", "a*?b", "a{2,}?", "\\.", "\\Q.*\\E", "\\Q.*", "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",
        "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", "\\p{L}", "\\P{Cs}x", "\\pL", "^\\p{Lu}", "\\p{Print}+", "\\p{Alnum}",
        "\\p{Punct}", "^\\p{ASCII}*$", "\\p{Cntrl}", "\\s", "\\S+$", "\\W", "^\\w+$", "\\p{LD}+",
        "^[\\p{LD}_-]*$", "\\p{LC}", "[\\p{IsWhitespace}x]", "^\\p{IsWhite_Space}+$",
        "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t\\n\\r]*$", "[\\uD800\\uDC00-\\uDBFF\\uDFFF]",
        "\\x{1F600}", "\\uD83D\\uDE00", "^\\x41$", "\\0101", "\\cA", "\\t|\\e", "[\\x00-\\x1F]", "^[a-z0-9A-Z]+[\\.\\-\\w]*[a-z0-9A-Z]+$",
        "^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*$", "()", "(|a)b", "a||b", "^(a|)$",
        "[]a]x", "a${1,256}", "^?a", "a$?b", "^{2}a$+", "\\bword", "\\b", "a\\b", "\\ba\\b", "^\\b.", "\\b.$",
        "(\\b|-)a", "\\.?\\b", "((25[0-5]|(2[0-4]|1\\d|[1-9]|)\\d)\\.?\\b){4}", "x\\b\\u0301", "\\u0301\\b",
        ".\\b.", "\\b\\b\\w", "a(?<=a)", "a(?<!b)", "a(?<!-)$", "(?<=a)b", "(?<!a)b", "^[a-z](?<![0-9])",
        "(?<!-)$", "(?<=[\\-.])x",
        "[0-9A-Za-z\\.\\-_]*(?<!\\.)", "(?<!a)$", "a^b", "(?<=a)^b", "x\\z\\n?", "^a^b$", "^ab|a(^b|c)", "^?^a", "\\Aa\\A"})
    void findsWhatJavaUtilRegexFinds(String pattern) {
        RuntimeRegex automaton = RuntimeRegex.of(pattern);
        if (automaton == null) {
            // Only constructs listed as unsupported below may fall back.
            assertEquals("[]a]x", pattern, () -> "fell back: " + PatternAutomata.compile(pattern).reason());
            return;
        }
        Pattern java = Pattern.compile(pattern);
        for (String value : values()) {
            assertEquals(java.matcher(value).find(), automaton.found(value),
                    () -> "pattern " + pattern + " on " + escape(value));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?=a)b", "(?!a)b", "(?<!a).$", "(?<=ab)c", "\\b(?<!a)", "(?<![^a])b", "(?<!\\p{L})b", "((?<!a)b?)+",
        "(a)\\1", "a\\B", "\\b^a", ".(\\b[\\uD800\\uDC00-\\uDBFF\\uDFFF]*?){2,}\\Z", "(\\ba?)+", "a*+", "a++b",
        "(?i)a", "(?>a)", "a$\\n", "$$", "^^a", "a$^", "(a$)+", "(^a)*", "(a?^b)+", "[a[b]]", "[a&&b]", "\\p{IsAlphabetic}",
        "\\p{javaLowerCase}", "\\uDC00", "[\\uD800-\\uDFFF]", "\\P{L}", "\\p{Cs}", "a\\uD83D", "\\R", "\\X", "\\h", "\\G",
        "(a{1000}){1000}", "(a|b)*a(a|b){20}", "a(?=b)", "^a(?=b)", "^(a|(?=b))", "(?=a)(^a|b)", "(?!^[0-9]+$)[a-z0-9]+",
        "^(?=(?=a))a", "^(?=a$\\n)", "\\P{LD}", "[^\\p{IsWhitespace}]+"})
    void keepsJavaUtilRegexForWhatAnAutomatonCannotReproduce(String pattern) {
        Pattern.compile(pattern); // valid java.util.regex, all of them
        PatternAutomata.Compiled compiled = PatternAutomata.compile(pattern);
        assertNull(compiled.automaton(), pattern);
        assertNotNull(compiled.reason());
    }

    /**
     * Lookaheads at the start of a pattern anchored there (as in the real models' {@code ^(?!\s*$).+}): asked once,
     * at the start, each by an automaton of its own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"^(?!\\s*$).+", "(?!^[.-])^([a-zA-Z0-9-_.]+)$", "(?!^[.-])^([a-zA-Z0-9-_.]+)",
        "((?!^\\d+$)^[0-9a-zA-Z-_]+$)", "^(?=.{2,4}$)a.*", "^(?=a)(?!ab)\\w+", "^(?=[^b]*$)(?!.*--).*$", "(?=a)^a",
        "^(?!)a?", "^(?=)a", "^(?=.*\\r?$)x", "^(?=a|b$)[ab]", "\\A(?!\\p{L})", "^(?!a)(?!b)", "(?=a)*b",
        "^(?!(?<=x)a)."})
    void lookaheadsAtTheAnchoredStartFindWhatJavaUtilRegexFinds(String pattern) {
        RuntimeRegex automaton = RuntimeRegex.of(pattern);
        assertNotNull(automaton, () -> PatternAutomata.compile(pattern).reason());
        Pattern java = Pattern.compile(pattern);
        for (String value : values()) {
            assertEquals(java.matcher(value).find(), automaton.found(value),
                    () -> "pattern " + pattern + " on " + escape(value));
        }
    }

    /**
     * Patterns that must end at an end anchor, searched backwards from it (as the generator does where the forward
     * automaton would be too large): the places {@code $} matches, start anchors, and lookbehinds folded into the
     * code point before them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a$", "ab\\z", "a\\Z", "[ab]+$", "(^|x)a$", "^a$", "(a|^)b$", "a?^b$", "$", "()$", "(|a)$",
        "a?$", "\\r$", "\\n$", "\\r?\\n$", ".$", ".*$", "[^a]$", "\\p{L}+$", "\\s$", "\\uD83D\\uDE00$",
        "[\\uD800\\uDC00-\\uDBFF\\uDFFF]b$", "a(?<!-)$", "[a-]+(?<!-)$", "([a-z]([a-z-]){0,3})(?<!-)$",
        "[a-z]+(?<=[bx])$", "(ab?)+(?<!b)$", "a(b|c?)(?<!c)$", "a(b|c?)d?(?<!c)$", "(ab|a-?)(?<=[-b])\\z",
        "[a-z]([a-z-]){0,3}(?<!-)(/[0-9]{1,2})?$", "(x\\r?)*$", "a{2,}(?<!b)$", "-?a(?<!\\u0301)$", "ab?(?<=[ab])$",
        "(arn:x/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$"})
    void searchedBackwardsFindsWhatJavaUtilRegexFinds(String pattern) {
        RuntimeRegex automaton = RuntimeRegex.backward(pattern);
        assertNotNull(automaton, () -> PatternAutomata.compile(pattern, PatternAutomata.NO_MAX, true).reason());
        Pattern java = Pattern.compile(pattern);
        for (String value : values()) {
            assertEquals(java.matcher(value).find(), automaton.found(value),
                    () -> "pattern " + pattern + " backwards on " + escape(value));
        }
    }

    /** Where reading backwards from the end anchor would not be exact, there is no backward automaton. */
    @ParameterizedTest
    @ValueSource(strings = {"a", "^a", "a$\\n?", "\\ba$", "a\\b$", "a*(?<!a)$", "(?<!-)a$", "(^a)*b$", "a$|b$",
        "a$b?$", "(?=a)a$", "a$$"})
    void notSearchedBackwardsWhereThatWouldNotBeExact(String pattern) {
        Pattern.compile(pattern);
        assertNull(PatternAutomata.compile(pattern, PatternAutomata.NO_MAX, true).automaton(), pattern);
    }

    /**
     * SageMaker's ArnOrName: searching forwards, an automaton must remember every place a name may have started in
     * the last 63 code points; backwards it is small, and the generator picks it.
     */
    @org.junit.jupiter.api.Test
    void picksTheBackwardSearchWhereTheForwardOneIsTooLarge() {
        String pattern = "(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?"
                + "([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$";
        assertNull(PatternAutomata.compile(pattern, 170, false).automaton());
        PatternAutomata.Compiled compiled = PatternAutomata.compile(pattern, 170);
        assertEquals(Automaton.Search.BACKWARD_FROM_LINE_END, compiled.automaton().search());
        assertEquals(true, compiled.automaton().states() < 10, () -> compiled.automaton().states() + " states");
    }

    /**
     * Lambda's {@code csc-...{17}} passes 1,000 sets of states on its way to 22: the last try, with a larger limit,
     * finds it, and it finds what java.util.regex finds on values around a match.
     */
    @org.junit.jupiter.api.Test
    void aLastTryWithALargerLimitFindsAutomataThatPassTheLimitOnTheWay() {
        String pattern = "csc-[a-zA-Z0-9-_\\.]{17}";
        PatternAutomata.Compiled compiled = PatternAutomata.compile(pattern);
        assertNotNull(compiled.automaton(), compiled.reason());
        assertEquals(true, compiled.automaton().states() < 30, () -> compiled.automaton().states() + " states");
        RuntimeRegex automaton = RuntimeRegex.of(pattern);
        Pattern java = Pattern.compile(pattern);
        List<String> values = new ArrayList<>();
        for (String around : List.of("", "x", "csc-", "c", "-", "\n", "csc-csc-")) {
            for (int n = 14; n <= 19; n++) {
                values.add(around + "csc-" + "ab-_.".repeat(4).substring(0, n) + around);
                values.add(around + "csc-csc-" + "c".repeat(n) + "!" + around);
                values.add("csc-" + "a".repeat(n - 5) + "!" + "csc-" + "s".repeat(n));
            }
        }
        for (String value : values) {
            assertEquals(java.matcher(value).find(), automaton.found(value), () -> "on " + escape(value));
        }
    }

    /**
     * Application Signals' ServiceLevelObjectiveId: an option that must end at {@code $} beside one anchored at the
     * start is too large as one automaton in either direction, but each option alone is small (the first read
     * backwards); {@code find()} of the alternation is true where either option finds a match.
     */
    @org.junit.jupiter.api.Test
    void anAlternationTooLargeAsOneAutomatonIsOneAutomatonPerOption() {
        String pattern = "[0-9A-Za-z][-._0-9A-Za-z ]{0,126}[0-9A-Za-z]$|^arn:aws:application-signals:[^:]*:[^:]*:slo/"
                + "[0-9A-Za-z][-._0-9A-Za-z ]{0,126}[0-9A-Za-z]";
        PatternAutomata.Compiled compiled = PatternAutomata.compile(pattern);
        assertNotNull(compiled.automaton(), compiled.reason());
        assertEquals(1, compiled.encoded().split("&\\|", -1).length - 1, "two options, one after &|");
        RuntimeRegex automaton = RuntimeRegex.of(pattern);
        Pattern java = Pattern.compile(pattern);
        List<String> values = new ArrayList<>(values());
        String slo = "arn:aws:application-signals:us-east-1:123456789012:slo/";
        for (String tail : List.of("a", "ab", "a b", "a-", "-", "a.b.c", "x".repeat(127), "x".repeat(128),
                "x".repeat(2_000) + "!", "x" + " ".repeat(300) + "y")) {
            for (String around : List.of("", "!", "\n", "-\n", "!!\n")) {
                values.add(slo + tail + around);
                values.add("!" + slo + tail + around);
                values.add(tail + around);
            }
        }
        for (String value : values) {
            assertEquals(java.matcher(value).find(), automaton.found(value), () -> "on " + escape(value));
        }
    }

    /**
     * A repetition bound is dropped only where no value within {@code max} can reach it: every string over the
     * pattern's alphabet up to {@code max} code points gets java.util.regex's answer, for a max just below, at and
     * just above the length at which the bound could bind.
     */
    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7, 8, 9})
    void boundsDroppedForMaxChangeNoAnswerWithinMax(int max) {
        String pattern = "^x(ab?){2,3}$";
        RuntimeRegex automaton = RuntimeRegex.of(pattern, max);
        Pattern java = Pattern.compile(pattern);
        List<String> values = new ArrayList<>(List.of(""));
        for (int length = 1; length <= max; length++) {
            for (String v : List.copyOf(values)) {
                if (v.length() == length - 1) {
                    for (String c : new String[] {"x", "a", "b", "\n"}) {
                        values.add(v + c);
                    }
                }
            }
        }
        for (String value : values) {
            assertEquals(java.matcher(value).find(), automaton.found(value),
                    () -> "pattern " + pattern + " (max " + max + ") on " + escape(value));
        }
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return out.append('"').toString();
    }
}
