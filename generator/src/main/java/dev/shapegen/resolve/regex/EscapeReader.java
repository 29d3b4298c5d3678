package dev.shapegen.resolve.regex;

/** Reads the escapes of a pattern, after their backslash, as java.util.regex reads them. */
final class EscapeReader {
    private final JavaRegexParser p;

    EscapeReader(JavaRegexParser p) {
        this.p = p;
    }

    /** Reads an escape after its backslash: a code point ({@link Integer}) or a predefined set ({@link CharSet}). */
    Object escape() throws Unsupported {
        int c = p.next();
        CharSet predefined = Escapes.predefined(c);
        if (predefined != null) {
            return predefined;
        }
        switch (c) {
            case 't' -> { return 0x09; }
            case 'n' -> { return 0x0A; }
            case 'r' -> { return 0x0D; }
            case 'f' -> { return 0x0C; }
            case 'a' -> { return 0x07; }
            case 'e' -> { return 0x1B; }
            case 'c' -> { return p.next() ^ 64; }
            case '0' -> { return octal(); }
            case 'x' -> { return hex(); }
            case 'u' -> { return unicode(); }
            case 'p', 'P' -> {
                CharSet property = Escapes.property(propertyName());
                return c == 'p' ? property : new CharSet.Not(property);
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new Unsupported("the escape \\" + Character.toString(c));
                }
                return c;
            }
        }
    }

    private String propertyName() throws Unsupported {
        if (!p.eat('{')) {
            return Character.toString(p.next());
        }
        StringBuilder name = new StringBuilder();
        while (p.more() && p.peek() != '}') {
            name.appendCodePoint(p.cps[p.at++]);
        }
        if (!p.eat('}')) {
            throw new Unsupported("an unclosed property name");
        }
        return name.toString();
    }

    private int octal() throws Unsupported {
        int value = 0;
        int digits = 0;
        while (digits < 3 && p.more() && p.peek() >= '0' && p.peek() <= '7' && (digits < 2 || value < 32)) {
            value = value * 8 + (p.cps[p.at++] - '0');
            digits++;
        }
        if (digits == 0) {
            throw new Unsupported("an octal escape without digits");
        }
        return value;
    }

    private int hex() throws Unsupported {
        if (p.eat('{')) {
            int start = p.at;
            while (p.more() && p.peek() != '}') {
                p.at++;
            }
            int cp = Integer.parseInt(new String(p.cps, start, p.at - start), 16);
            p.eat('}');
            return cp;
        }
        return hexDigits(2);
    }

    private int unicode() throws Unsupported {
        int unit = hexDigits(4);
        // java.util.regex joins an escaped high surrogate and an escaped low one into one code point.
        if (Character.isHighSurrogate((char) unit) && p.at + 6 <= p.cps.length && p.cps[p.at] == '\\'
                && p.cps[p.at + 1] == 'u') {
            int saved = p.at;
            p.at += 2;
            int low = hexDigits(4);
            if (Character.isLowSurrogate((char) low)) {
                return Character.toCodePoint((char) unit, (char) low);
            }
            p.at = saved;
        }
        return unit;
    }

    private int hexDigits(int count) throws Unsupported {
        if (p.at + count > p.cps.length) {
            throw new Unsupported("a short hexadecimal escape");
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            int d = Character.digit(p.cps[p.at++], 16);
            if (d < 0) {
                throw new Unsupported("a hexadecimal escape with a non-hex digit");
            }
            value = value * 16 + d;
        }
        return value;
    }
}
