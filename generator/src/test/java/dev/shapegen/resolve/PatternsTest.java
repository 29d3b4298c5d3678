package dev.shapegen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternsTest {
    /** Strings that tell anchors, line terminators and emptiness apart. */
    private static final List<String> PROBES = List.of("", "a", "\n", "a\nb", "\r\n", " ", "-", "\u00e9\u4e2d",
            "\ud83d\ude00", "x".repeat(300));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        ".*|true",
        "[\\S\\s]*|true",
        "[\\s\\S]*|true",
        "a*|true",
        "`(a|)`|true",
        "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*|true",
        ".+|false",
        "[\\S\\s]+|false",
        "^.*$|false",
        "^[\\s\\S]*$|false",
        "(?s).*|false",
        "\\b.*|false",
        "[^a]*|false",
        "(a)\\1*|false",
        "\\Q.*\\E|false",
        "arn:aws[a-z\\-]*:sagemaker:.*|false",
        "`.*(?:[ \\r\\n\\t].*)*`|true",
        "`(?:a|b)*`|true",
        "`(?:a)+`|false",
        "`(?=a)a*`|false",
        "`(?<!a)b*`|false",
        "`(?i)a*`|false",
    })
    void vacuousOnlyWhenEveryStringContainsAMatch(String regex, boolean expected) {
        Pattern p = Pattern.compile(regex);
        assertEquals(expected, Patterns.isVacuous(p));
        if (expected) {
            // The claim itself: the generated code's find() cannot fail.
            for (String probe : PROBES) {
                assertTrue(p.matcher(probe).find(), () -> regex + " on " + probe);
            }
        }
    }
}
