package dev.shapegen.diff.docs;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the inline markup of a reST paragraph as the text a reader sees, following docutils' recognition rules:
 * a start-string must follow white-space, the start of the text or an opening punctuation mark and be followed by
 * a non-space; an end-string must follow a non-space and be followed by white-space, punctuation or the end. Valid
 * literals, emphasis, strong text, links and roles show their content only; markup that does not close stays as
 * typed (so {@code ``CreateTrainingPlan ``}, with its space before the closing marks, is shown with the marks), and
 * so are roles docutils does not know, such as Sphinx's {@code :class:}. Backslash escapes are resolved outside
 * literals. White-space runs, line breaks included, become one space.
 */
final class RestInline {

    /** ASCII characters that may precede a start-string besides white-space: openers and delimiters. */
    private static final String START_PREFIX = "-:/'\"<([{";
    /** ASCII characters that may follow an end-string besides white-space: closers, delimiters, punctuation. */
    private static final String END_SUFFIX = "-:/'\")]}>.,;!?\\";
    private static final Pattern EMBEDDED_URI = Pattern.compile("(?s)(.*?)\\s*<([^<>]*)>");
    private static final Pattern ROLE = Pattern.compile(":[A-Za-z][\\w.+-]*:`");
    /** The inline roles of docutils itself; the page is rendered by docutils, not Sphinx. */
    private static final Set<String> KNOWN_ROLES = Set.of("emphasis", "literal", "code", "strong", "subscript",
            "sub", "superscript", "sup", "title-reference", "title", "t");

    private RestInline() {}

    static String render(String text) {
        StringBuilder out = new StringBuilder();
        int n = text.length();
        int i = 0;
        int plainFrom = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2; // an escaped character is never markup
                continue;
            }
            Matcher role = c == ':' && startAllowed(text, i) ? ROLE.matcher(text).region(i, n) : null;
            if (role != null && role.lookingAt()) {
                int contentFrom = role.end();
                int end = findEnd(text, contentFrom, "`", true);
                if (end >= 0) {
                    String name = text.substring(i + 1, contentFrom - 2);
                    out.append(unescape(text.substring(plainFrom, i)));
                    // A role docutils does not know, such as Sphinx's :class:, is shown as typed.
                    out.append(KNOWN_ROLES.contains(name) ? unescape(text.substring(contentFrom, end))
                            : text.substring(i, end + 1));
                    i = plainFrom = end + 1;
                    continue;
                }
            }
            String start = text.startsWith("``", i) ? "``" : text.startsWith("**", i) ? "**"
                    : c == '*' || c == '`' ? String.valueOf(c) : null;
            if (start == null || !validStart(text, i, start.length())) {
                i++;
                continue;
            }
            int contentFrom = i + start.length();
            int end = findEnd(text, contentFrom, start, !start.equals("``"));
            if (end < 0) {
                i = contentFrom; // no end-string: the start-string is shown as typed
                continue;
            }
            out.append(unescape(text.substring(plainFrom, i)));
            String content = text.substring(contentFrom, end);
            int after = end + start.length();
            if (start.equals("``")) {
                out.append(content);
            } else if (start.equals("`")) {
                out.append(reference(content));
                while (after < n && text.charAt(after) == '_' && after - end <= 2) {
                    after++; // `text <url>`_ and `text <url>`__
                }
            } else {
                out.append(unescape(content));
            }
            i = plainFrom = after;
        }
        out.append(unescape(text.substring(plainFrom)));
        return collapse(out.toString());
    }

    /** Whether a start-string of {@code length} characters at {@code i} opens inline markup. */
    private static boolean validStart(String text, int i, int length) {
        int next = i + length;
        if (!startAllowed(text, i) || next >= text.length() || HtmlTree.isSpace(text.charAt(next))) {
            return false;
        }
        // A marker between matching quotes or brackets, as in (*) or '*', is not markup.
        if (i > 0) {
            int pair = "'\"<([{".indexOf(text.charAt(i - 1));
            if (pair >= 0 && text.charAt(next) == "'\">)]}".charAt(pair)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startAllowed(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return HtmlTree.isSpace(before) || START_PREFIX.indexOf(before) >= 0 || isUnicodePunctuation(before);
    }

    /**
     * The index of the first valid end-string {@code marker} at or after {@code from}, or -1. With
     * {@code escapable}, a marker right after a backslash does not count (literals take backslashes as typed).
     */
    private static int findEnd(String text, int from, String marker, boolean escapable) {
        int n = text.length();
        for (int j = text.indexOf(marker, from + 1); j >= 0; j = text.indexOf(marker, j + 1)) {
            char before = text.charAt(j - 1);
            if (HtmlTree.isSpace(before) || (escapable && before == '\\' && !escapedBackslash(text, j - 1))) {
                continue;
            }
            int after = j + marker.length();
            if (marker.equals("`")) {
                while (after < n && text.charAt(after) == '_' && after - j <= 2) {
                    after++;
                }
            }
            if (after >= n || HtmlTree.isSpace(text.charAt(after)) || END_SUFFIX.indexOf(text.charAt(after)) >= 0
                    || isUnicodePunctuation(text.charAt(after))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean escapedBackslash(String text, int backslash) {
        int count = 0;
        for (int k = backslash - 1; k >= 0 && text.charAt(k) == '\\'; k--) {
            count++;
        }
        return count % 2 == 1;
    }

    /** The shown text of a link or title reference: the title before an embedded URI, else the URI. */
    private static String reference(String content) {
        Matcher m = EMBEDDED_URI.matcher(content);
        if (m.matches()) {
            return unescape(m.group(1).isBlank() ? m.group(2) : m.group(1));
        }
        return unescape(content);
    }

    /** Removes backslash escapes: an escaped white-space character disappears with its backslash. */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                if (!HtmlTree.isSpace(next)) {
                    sb.append(next);
                }
            } else if (c != '\\') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isUnicodePunctuation(char c) {
        if (c < 128) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (HtmlTree.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
