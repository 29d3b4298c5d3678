package dev.shapegen.behaviour;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inputs of a given length that almost match a pattern, the kind that makes a backtracking matcher slow: one
 * character repeated and then a character that breaks the match, and near-matches built from the pattern's own
 * atoms with one repeatable part pumped to the length, then broken at the end.
 */
final class AdversarialStrings {
    /** Characters tried as the repeated one besides those of the pattern's own near-match. */
    private static final String COMMON = "a0A-_. /:\n";
    /** Characters tried to pick one that a character class accepts. */
    private static final String CANDIDATES = "a0A-_.:/ =+@,\n\t!#$%&'()*;<>?[]^`{|}~\"\\zZ9";

    private AdversarialStrings() {}

    /**
     * One part of a near-match: the text the pattern needs there (its atom as often as the quantifier's least
     * count, so empty when optional), one occurrence of the atom, and whether it may repeat.
     */
    record Piece(String text, String unit, boolean repeats) {}

    /** Inputs of exactly {@code length} chars (at least 2): repeated characters and pumped near-matches. */
    static List<String> of(String regex, int length) {
        List<Piece> pieces = skeleton(regex);
        StringBuilder base = new StringBuilder();
        pieces.forEach(p -> base.append(p.text()));
        Set<Character> chars = new LinkedHashSet<>();
        for (char c : (base + COMMON).toCharArray()) {
            chars.add(c);
        }
        Set<String> out = new LinkedHashSet<>();
        for (char c : chars) {
            String run = String.valueOf(c).repeat(length - 1);
            out.add(run + (c == '!' ? '?' : '!'));
            out.add(run + '\u0000');
        }
        for (int k = 0; k < pieces.size(); k++) {
            if (pieces.get(k).repeats() && !pieces.get(k).unit().isEmpty()) {
                String pumped = pump(pieces, k, length - 1);
                out.add(pumped + '!');
                out.add(pumped + pumped.charAt(pumped.length() - 1));
            }
        }
        return new ArrayList<>(out);
    }

    /** The near-match with piece {@code k} repeated until the whole is {@code length} chars (cut to fit). */
    private static String pump(List<Piece> pieces, int k, int length) {
        StringBuilder prefix = new StringBuilder();
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (i < k) {
                prefix.append(pieces.get(i).text());
            } else if (i > k) {
                suffix.append(pieces.get(i).text());
            }
        }
        String unit = pieces.get(k).unit();
        StringBuilder s = new StringBuilder(prefix);
        while (s.length() + suffix.length() < length) {
            s.append(unit);
        }
        s.append(suffix);
        if (s.length() > length) {
            // Keep the end (the part that decides the match) when the prefix and suffix alone are too long.
            return s.length() - suffix.length() >= length ? s.substring(0, length)
                    : s.substring(s.length() - length);
        }
        return s.toString();
    }

    /**
     * A rough walk over the pattern: each atom becomes one accepted character (or its group's text), the first
     * alternative of each group is taken, lookarounds and anchors are skipped. Good enough to build near-matches.
     */
    static List<Piece> skeleton(String re) {
        List<Piece> out = new ArrayList<>();
        Deque<Integer> groups = new ArrayDeque<>();
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            String atom = null;
            switch (c) {
                case '^', '$' -> i++;
                case '|' -> i = closeOf(re, i);
                case '(' -> {
                    if (re.startsWith("(?=", i) || re.startsWith("(?!", i) || re.startsWith("(?<=", i)
                            || re.startsWith("(?<!", i)) {
                        i = quantifierEnd(re, closeOf(re, i + 1) + 1).end();
                    } else {
                        groups.push(out.size());
                        i += re.startsWith("(?:", i) ? 3
                                : re.startsWith("(?<", i) ? re.indexOf('>', i) - i + 1 : 1;
                    }
                }
                case ')' -> {
                    int from = groups.isEmpty() ? 0 : groups.pop();
                    StringBuilder text = new StringBuilder();
                    for (Piece p : out.subList(from, out.size())) {
                        text.append(p.text());
                    }
                    out.subList(from, out.size()).clear();
                    i = quantified(re, i + 1, text.toString(), out);
                }
                case '[' -> {
                    int end = classEnd(re, i);
                    atom = pick(re.substring(i, end));
                    i = end;
                }
                case '\\' -> {
                    int end = escapeEnd(re, i);
                    String escape = re.substring(i, end);
                    atom = "bBAzZG".indexOf(escape.charAt(1)) >= 0 && escape.length() == 2 ? null : pick(escape);
                    i = end;
                }
                case '.' -> {
                    atom = "a";
                    i++;
                }
                default -> {
                    atom = String.valueOf(c);
                    i++;
                }
            }
            if (atom != null) {
                i = quantified(re, i, atom, out);
            }
        }
        return out;
    }

    private static int quantified(String re, int at, String text, List<Piece> out) {
        Quantifier q = quantifierEnd(re, at);
        out.add(new Piece(text.repeat(q.min()), text, q.max() > Math.max(1, q.min())));
        return q.end();
    }

    private record Quantifier(int min, int max, int end) {}

    private static Quantifier quantifierEnd(String re, int at) {
        if (at >= re.length()) {
            return new Quantifier(1, 1, at);
        }
        char c = re.charAt(at);
        Quantifier q;
        if (c == '*' || c == '+' || c == '?') {
            q = new Quantifier(c == '+' ? 1 : 0, c == '?' ? 1 : Integer.MAX_VALUE, at + 1);
        } else if (c == '{' && re.indexOf('}', at) > 0 && re.substring(at + 1, re.indexOf('}', at)).matches("\\d+(,\\d*)?")) {
            int close = re.indexOf('}', at);
            String[] bounds = re.substring(at + 1, close).split(",", -1);
            int min = Integer.parseInt(bounds[0]);
            int max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            q = new Quantifier(min, max, close + 1);
        } else {
            return new Quantifier(1, 1, at);
        }
        int end = q.end();
        if (end < re.length() && (re.charAt(end) == '?' || re.charAt(end) == '+')) {
            end++;
        }
        return new Quantifier(q.min(), q.max(), end);
    }

    /** A character the class or escape accepts, found by asking java.util.regex itself. */
    private static String pick(String atom) {
        Pattern p = Pattern.compile(atom);
        for (char c : CANDIDATES.toCharArray()) {
            if (p.matcher(String.valueOf(c)).matches()) {
                return String.valueOf(c);
            }
        }
        for (char c = ' '; c < 0x250; c++) {
            if (p.matcher(String.valueOf(c)).matches()) {
                return String.valueOf(c);
            }
        }
        return "";
    }

    /** The index after the ']' that closes the class open at {@code open}; nested classes count. */
    private static int classEnd(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return re.length();
    }

    private static int escapeEnd(String re, int at) {
        char c = at + 1 < re.length() ? re.charAt(at + 1) : '\\';
        if ((c == 'p' || c == 'P') && at + 2 < re.length() && re.charAt(at + 2) == '{') {
            return re.indexOf('}', at) + 1;
        }
        if (c == 'x') {
            return re.charAt(at + 2) == '{' ? re.indexOf('}', at) + 1 : at + 4;
        }
        if (c == 'u') {
            return at + 6;
        }
        return Math.min(re.length(), at + 2);
    }

    /** The index of the ')' that closes the group open at {@code from} (or the end of the pattern). */
    private static int closeOf(String re, int from) {
        int depth = 0;
        for (int i = from; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return re.length();
    }
}
