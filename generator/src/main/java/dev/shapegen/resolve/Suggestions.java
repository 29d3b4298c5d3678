package dev.shapegen.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" hints: the closest names by edit distance, so a message can name the valid alternatives. */
public final class Suggestions {
    private Suggestions() {}

    /** A phrase like {@code ; did you mean A, B?} or {@code ""} when nothing is close. */
    public static String didYouMean(String name, Collection<String> candidates) {
        List<String> close = closest(name, candidates, 3);
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }

    static List<String> closest(String name, Collection<String> candidates, int limit) {
        String lower = name.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, name.length() / 3);
        List<String[]> scored = new ArrayList<>();
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(Locale.ROOT), threshold);
            if (d <= threshold) {
                scored.add(new String[] {String.format(Locale.ROOT, "%04d", d), c});
            }
        }
        scored.sort(Comparator.<String[], String>comparing(s -> s[0]).thenComparing(s -> s[1]));
        return scored.stream().limit(limit).map(s -> s[1]).toList();
    }

    /** Levenshtein distance, giving up early (returning limit + 1) once it cannot be within limit. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
