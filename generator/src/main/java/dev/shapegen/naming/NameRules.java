package dev.shapegen.naming;

import java.util.Locale;

/**
 * Pure spelling rules from spec names to Java names. They do not know about collisions or reserved words; the
 * {@link Namer} applies those on top.
 */
public final class NameRules {
    private NameRules() {}

    /** {@code TrainingPlanArn} -> {@code TrainingPlanArn}; {@code my-shape} -> {@code MyShape}. */
    public static String typeName(String spec) {
        String joined = joinWords(spec);
        if (joined.isEmpty()) {
            return "Shape";
        }
        String first = joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
        return Character.isJavaIdentifierStart(first.charAt(0)) ? first : "_" + first;
    }

    /**
     * lowerCamel for record components: {@code TrainingPlanArn} -> {@code trainingPlanArn}, {@code KMSKeyId} ->
     * {@code kmsKeyId}, {@code S3Uri} -> {@code s3Uri}, {@code ARN} -> {@code arn}. A leading run of capitals
     * (with digits) is lower-cased, except the last capital when it starts the next word.
     */
    public static String memberName(String spec) {
        String s = joinWords(spec);
        if (s.isEmpty()) {
            return "member";
        }
        int run = 0;
        while (run < s.length() && (isUpper(s.charAt(run)) || Character.isDigit(s.charAt(run)))) {
            run++;
        }
        String out;
        if (run == 0) {
            out = s;
        } else if (run == s.length()) {
            out = s.toLowerCase(Locale.ROOT);
        } else if (run == 1 || !Character.isLowerCase(s.charAt(run))) {
            out = s.substring(0, run).toLowerCase(Locale.ROOT) + s.substring(run);
        } else {
            // "KMSKey": the K before "ey" starts the next word and stays upper case.
            int keep = run - 1;
            while (keep > 0 && !isUpper(s.charAt(keep))) {
                keep--;
            }
            out = keep == 0 ? s.substring(0, run).toLowerCase(Locale.ROOT) + s.substring(run)
                    : s.substring(0, keep).toLowerCase(Locale.ROOT) + s.substring(keep);
        }
        return Character.isJavaIdentifierStart(out.charAt(0)) ? out : "_" + out;
    }

    /**
     * Enum constants: upper-case the value and turn each run of other characters into one {@code _};
     * {@code ml.trn1.32xlarge} -> {@code ML_TRN1_32XLARGE}. Leading and trailing separators are dropped; a
     * leading digit gets a {@code _} prefix; a value with no letters or digits becomes {@code VALUE}.
     */
    public static String enumConstant(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean pendingSep = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char u = Character.toUpperCase(c);
            if ((u >= 'A' && u <= 'Z') || (c >= '0' && c <= '9')) {
                if (pendingSep && sb.length() > 0) {
                    sb.append('_');
                }
                pendingSep = false;
                sb.append(c >= '0' && c <= '9' ? c : u);
            } else {
                pendingSep = true;
            }
        }
        if (sb.length() == 0) {
            return "VALUE";
        }
        return Character.isDigit(sb.charAt(0)) ? "_" + sb : sb.toString();
    }

    /**
     * Joins the words of a name: letters, digits and underscores are kept, and a character after any other
     * character is capitalised ({@code max-keys} -> {@code maxKeys}).
     */
    private static String joinWords(String spec) {
        StringBuilder sb = new StringBuilder(spec.length());
        boolean capitalizeNext = false;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if ((c < 128 && Character.isLetterOrDigit(c)) || c == '_') {
                sb.append(capitalizeNext && sb.length() > 0 ? Character.toUpperCase(c) : c);
                capitalizeNext = false;
            } else {
                capitalizeNext = true;
            }
        }
        return sb.toString();
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
