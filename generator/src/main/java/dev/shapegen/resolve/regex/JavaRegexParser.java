package dev.shapegen.resolve.regex;

import dev.shapegen.resolve.regex.RegexTree.Alt;
import dev.shapegen.resolve.regex.RegexTree.Begin;
import dev.shapegen.resolve.regex.RegexTree.Chars;
import dev.shapegen.resolve.regex.RegexTree.End;
import dev.shapegen.resolve.regex.RegexTree.Repeat;
import dev.shapegen.resolve.regex.RegexTree.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a java.util.regex pattern (one that compiles, without flags) into a {@link RegexTree}, for the constructs
 * whose meaning an automaton can reproduce exactly. Anything else (lookaround, back-references, {@code \B},
 * possessive quantifiers, inline flags, nested or intersected classes, Unicode properties other than general
 * categories) is {@link Unsupported}, and such a pattern keeps java.util.regex.
 */
final class JavaRegexParser {
    final int[] cps;
    int at;
    private final EscapeReader escapes = new EscapeReader(this);

    private JavaRegexParser(String pattern) {
        this.cps = pattern.codePoints().toArray();
    }

    static RegexTree parse(String pattern) throws Unsupported {
        JavaRegexParser p = new JavaRegexParser(pattern);
        RegexTree tree;
        try {
            tree = p.alternation();
        } catch (RuntimeException e) {
            throw new Unsupported("a construct this parser does not know: " + e.getMessage());
        }
        if (p.at < p.cps.length) {
            throw new Unsupported("unbalanced ')'");
        }
        tree = Lengths.withoutUnreachableStarts(tree, 0);
        Anchors.check(tree);
        return tree;
    }

    boolean more() {
        return at < cps.length;
    }

    int peek() {
        return more() ? cps[at] : -1;
    }

    boolean eat(int cp) {
        if (peek() == cp) {
            at++;
            return true;
        }
        return false;
    }

    private RegexTree alternation() throws Unsupported {
        List<RegexTree> options = new ArrayList<>();
        options.add(sequence());
        while (eat('|')) {
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private RegexTree sequence() throws Unsupported {
        List<RegexTree> items = new ArrayList<>();
        while (more() && peek() != '|' && peek() != ')') {
            if (peek() == '\\' && at + 1 < cps.length && cps[at + 1] == 'Q') {
                at += 2;
                while (more() && !(peek() == '\\' && at + 1 < cps.length && cps[at + 1] == 'E')) {
                    items.add(new Chars(CharSet.single(cps[at++])));
                }
                at = Math.min(cps.length, at + 2);
                continue;
            }
            items.add(quantified(atom()));
        }
        return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private RegexTree quantified(RegexTree atom) throws Unsupported {
        int min;
        int max;
        switch (peek()) {
            case '*' -> { at++; min = 0; max = Repeat.UNBOUNDED; }
            case '+' -> { at++; min = 1; max = Repeat.UNBOUNDED; }
            case '?' -> { at++; min = 0; max = 1; }
            case '{' -> {
                at++;
                min = number();
                max = eat(',') ? (peek() == '}' ? Repeat.UNBOUNDED : number()) : min;
                if (!eat('}')) {
                    throw new Unsupported("a repetition that is not {n}, {n,} or {n,m}");
                }
            }
            default -> { return atom; }
        }
        if (peek() == '+') {
            throw new Unsupported("a possessive quantifier");
        }
        eat('?'); // reluctant: finds other matches first, but finds one exactly when the greedy form does
        if ("*+?{".indexOf(peek()) >= 0 && more()) {
            throw new Unsupported("a quantifier on a quantifier");
        }
        if (atom instanceof Begin || atom instanceof End || atom instanceof RegexTree.Boundary
                || atom instanceof RegexTree.LookBehind || atom instanceof RegexTree.LookAhead) {
            // An anchor matches nothing, so repeating it at one place changes nothing: SageMaker's tag patterns end
            // in ${1,256}. Optional, it may as well not be there.
            return min == 0 ? new Seq(List.of()) : atom;
        }
        return new Repeat(atom, min, max);
    }

    private int number() throws Unsupported {
        int start = at;
        long n = 0;
        while (more() && peek() >= '0' && peek() <= '9') {
            n = n * 10 + (cps[at++] - '0');
            if (n > Integer.MAX_VALUE) {
                throw new Unsupported("a repetition count too large");
            }
        }
        if (at == start) {
            throw new Unsupported("a repetition without a count");
        }
        return (int) n;
    }

    private RegexTree atom() throws Unsupported {
        int c = cps[at++];
        switch (c) {
            case '(' -> {
                if (eat('?')) {
                    if (eat(':')) {
                        // non-capturing group
                    } else if (peek() == '<' && at + 1 < cps.length && (cps[at + 1] == '=' || cps[at + 1] == '!')) {
                        return lookBehind();
                    } else if (peek() == '=' || peek() == '!') {
                        boolean negated = cps[at++] == '!';
                        RegexTree body = alternation();
                        if (!eat(')')) {
                            throw new Unsupported("an unclosed group");
                        }
                        return new RegexTree.LookAhead(body, negated);
                    } else if (peek() == '<' && at + 1 < cps.length && Character.isLetter(cps[at + 1])) {
                        while (more() && cps[at++] != '>') {
                            // a named group's name
                        }
                    } else {
                        throw new Unsupported("lookaround, an inline flag or an atomic group");
                    }
                }
                RegexTree inner = alternation();
                if (!eat(')')) {
                    throw new Unsupported("an unclosed group");
                }
                return inner;
            }
            case '[' -> {
                return new Chars(new ClassParser(this).parse());
            }
            case '.' -> {
                return new Chars(Escapes.DOT);
            }
            case '^' -> {
                return new Begin();
            }
            case '$' -> {
                return new End(true);
            }
            case '\\' -> {
                return escapeOutsideClass();
            }
            case '*', '+', '?', '{' -> throw new Unsupported("a dangling quantifier");
            default -> {
                return new Chars(CharSet.single(c));
            }
        }
    }

    /** {@code (?<=x)} or {@code (?<!x)} where x is one code point of the Basic Multilingual Plane, no surrogate. */
    private RegexTree lookBehind() throws Unsupported {
        at++;
        boolean negated = cps[at++] == '!';
        RegexTree inner = more() && peek() != ')' ? atom() : null;
        if (!(inner instanceof Chars c) || !eat(')') || Anchors.reachesSurrogates(c.set(), true)) {
            throw new Unsupported("lookaround, an inline flag or an atomic group");
        }
        return new RegexTree.LookBehind(c.set(), negated);
    }

    private RegexTree escapeOutsideClass() throws Unsupported {
        int c = next();
        switch (c) {
            case 'A' -> {
                return new Begin();
            }
            case 'Z' -> {
                return new End(true);
            }
            case 'z' -> {
                return new End(false);
            }
            case 'b' -> {
                return new RegexTree.Boundary();
            }
            default -> {
                at--;
                Object e = escape();
                return new Chars(e instanceof CharSet s ? s : CharSet.single((Integer) e));
            }
        }
    }

    boolean peekIs(int cp) {
        return peek() == cp;
    }

    boolean peekIs(int ahead, int cp) {
        return at + ahead < cps.length && cps[at + ahead] == cp;
    }

    boolean hasAhead(int ahead) {
        return at + ahead < cps.length;
    }

    int next() throws Unsupported {
        if (!more()) {
            throw new Unsupported("a pattern that ends in a backslash");
        }
        return cps[at++];
    }

    /** Reads an escape after its backslash: a code point ({@link Integer}) or a predefined set ({@link CharSet}). */
    Object escape() throws Unsupported {
        return escapes.escape();
    }
}
