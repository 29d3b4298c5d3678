package dev.shapegen.diff.docs;

import static dev.shapegen.diff.docs.MethodDocsTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Documentation HTML as the reference pages show it: botocore's conversion to reStructuredText, read as docutils
 * reads it. The expected texts are what botocore and docutils make of these strings.
 */
class DocTextTest {

    /** Paragraphs are separated by one blank line; white-space runs become one space. */
    @Test
    void paragraphs() {
        assertEquals(page("""
                First paragraph.

                Second paragraph.
                """),
                DocText.toText("<p>First   paragraph.</p>\n<p> Second\n paragraph. </p>"));
    }

    /** Text without tags is one paragraph. */
    @Test
    void plainText() {
        assertEquals("Just text.",
                DocText.toText("Just text."));
    }

    /** List items are bullets at column 2; paragraphs inside an item run together, as botocore writes them. */
    @Test
    void bulletLists() {
        assertEquals(page("""
                Options:

                  • One.

                  • Two. More.

                After.
                """),
                DocText.toText("<p>Options:</p> <ul> <li> <p>One.</p> </li> <li> <p>Two.</p> <p>More.</p> "
                + "</li> </ul> <p>After.</p>"));
    }

    /** A nested list's bullets start where the enclosing item's text does. */
    @Test
    void nestedLists() {
        assertEquals(page("""
                  • Outer.

                    • Inner.

                  • Next.
                """),
                DocText.toText("<ul> <li> <p>Outer.</p> <ul> <li> <p>Inner.</p> </li> </ul> </li> "
                + "<li> <p>Next.</p> </li> </ul>"));
    }

    /** Code shows its text. */
    @Test
    void inlineCode() {
        assertEquals("Set Enabled to true.",
                DocText.toText("<p>Set <code>Enabled</code> to <code>true</code>.</p>"));
    }

    /** A space before {@code </code>} followed by punctuation leaves invalid markup, shown as typed. */
    @Test
    void codeWithTrailingSpace() {
        assertEquals("See ``Foo ``, or ``Bar ``.",
                DocText.toText("<p>See <code>Foo </code>, or <code> <a href=\"https://example.com\">Bar</a> "
                + "</code>.</p>"));
    }

    /** An end of code followed by a letter is no end: the literal runs on to the next valid one. */
    @Test
    void codeRunningIntoText() {
        assertEquals("Call Get``first, then ``Put it.",
                DocText.toText("<p>Call <code>Get</code>first, then <code>Put</code> it.</p>"));
    }

    /** A link shows its text; one without text shows its address; a colon in the text is kept. */
    @Test
    void links() {
        assertEquals("See the guide: part 1 and https://example.com/b.",
                DocText.toText("<p>See <a href=\"https://example.com/a\">the guide: part 1</a> and "
                + "<a href=\"https://example.com/b\"></a>.</p>"));
    }

    /** An anchor without an address is a plain name. */
    @Test
    void anchorsWithoutHref() {
        assertEquals("Use DescribeThings first.",
                DocText.toText("<p>Use <a>DescribeThings</a> first.</p>"));
    }

    /** Bold and italic show their text; bold whose text ends with a space shows its asterisks. */
    @Test
    void boldAndItalic() {
        assertEquals(page("""
                Important and optional.

                **Note: **mind the space.
                """),
                DocText.toText("<p><b>Important</b> and <i>optional</i>.</p> <p><b>Note: </b>mind the space.</p>"));
    }

    /** Notes and important boxes show a title line. */
    @Test
    void admonitions() {
        assertEquals(page("""
                Note

                Be careful.

                Warning

                Really.
                """),
                DocText.toText("<note> <p>Be careful.</p> </note> <important> <p>Really.</p> </important>"));
    }

    /** Character references are decoded. */
    @Test
    void entities() {
        assertEquals("a < b && c > d — \"q\"",
                DocText.toText("<p>a &lt; b &amp;&amp; c &gt; d &#8212; &quot;q&quot;</p>"));
    }

    /** Examples and full names are dropped; unknown tags keep their text. */
    @Test
    void droppedTags() {
        assertEquals("Text kept.",
                DocText.toText("<fullname>Amazon Thing</fullname> <p>Text <span>kept</span>.</p> "
                + "<examples><p>Dropped.</p></examples>"));
    }

    /** A backslash escapes the next character, as reST reads it. */
    @Test
    void backslashes() {
        assertEquals("Match d+ or a*b, a \\ b.",
                DocText.toText("<p>Match \\d+ or a\\*b, a \\\\ b.</p>"));
    }

    /** An end tag with nothing open makes botocore drop the whole string when more follows. */
    @Test
    void unbalancedEndTag() {
        assertEquals("",
                DocText.toText("<p>Text.</p></p><p>More.</p>"));
    }

    /** No documentation, no text. */
    @Test
    void empty() {
        assertEquals("", DocText.toText(""));
        assertEquals("", DocText.toText(null));
    }
}
