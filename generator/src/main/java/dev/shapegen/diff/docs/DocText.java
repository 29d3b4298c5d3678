package dev.shapegen.diff.docs;

/**
 * Converts the HTML documentation of an AWS service model to the plain text boto3's reference pages show for it.
 *
 * <p>The conversion has the two steps those pages go through. First the HTML becomes reStructuredText the way
 * botocore writes it ({@link HtmlReader}, {@link HtmlTree}, {@link RestWriter}): white-space a browser would not
 * show is dropped, {@code <p>} and {@code <li>} become paragraphs and {@code *} bullets, {@code <code>} becomes
 * {@code ``literal``}, {@code <b>} and {@code <i>} become {@code **strong**} and {@code *emphasis*}, links keep their
 * text, {@code <note>} and {@code <important>} become boxes. Then that text is read as docutils reads it
 * ({@link RestBlocks}, {@link RestInline}): valid markup shows its content, markup that does not close shows as
 * typed. Paragraphs come out on one line each, separated by blank lines; a list's bullets ({@code •}) sit at
 * column 2 and its nested lists two columns further in.
 */
public final class DocText {

    private DocText() {}

    /** The text of {@code html}: lines joined with {@code \n}, no leading or trailing blank line; "" for null. */
    public static String toText(String html) {
        Page page = new Page();
        layout(page, html);
        return page.text();
    }

    /** Lays out the text of {@code html} at column 0 of {@code page}. */
    static void layout(Page page, String html) {
        RestBlocks.Parsed parsed = RestBlocks.parse(RestWriter.toRest(html));
        if (parsed.lead() != null && !parsed.lead().isEmpty()) {
            page.line(0, parsed.lead());
        }
        page.blocks(parsed.blocks(), 0);
    }
}
