package dev.heaplab.core.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * rustc's choice of a similar name for a typo ("a field with a similar name exists"): an exact match
 * but for case first; else the candidate at the smallest restricted Damerau–Levenshtein distance, at
 * most a third of the name's length (at least 1), the first one on a tie; else a candidate made of the
 * same `_`-separated words in another order.
 */
public final class SimilarName {
    private SimilarName() {}

    /** The best candidate for {@code lookup}, or null. */
    public static String best(List<String> candidates, String lookup) {
        String upper = lookup.toUpperCase(Locale.ROOT);
        for (String c : candidates) if (c.toUpperCase(Locale.ROOT).equals(upper)) return c;
        int limit = Math.max(lookup.codePointCount(0, lookup.length()), 3) / 3;
        String best = null;
        for (String c : candidates) {
            int d = distance(lookup, c, limit);
            if (d < 0) continue;
            if (d == 0) return c;
            limit = d - 1;
            best = c;
        }
        if (best != null) return best;
        List<String> words = sortedWords(lookup);
        String found = null;
        for (String c : candidates) if (sortedWords(c).equals(words)) found = c; // rustc keeps the last
        return found;
    }

    /**
     * rustc's choice for a method name: as {@link #best}, but a candidate containing the name or
     * contained in it scores low (`lenght` → `len`), and ties are settled by the plain distance.
     */
    public static String bestWithSubstrings(List<String> candidates, String lookup) {
        String upper = lookup.toUpperCase(Locale.ROOT);
        for (String c : candidates) if (c.toUpperCase(Locale.ROOT).equals(upper)) return c;
        int limit = Math.max(lookup.codePointCount(0, lookup.length()), 3) / 3;
        String best = null;
        List<String> ties = new ArrayList<>();
        for (String c : candidates) {
            int d = substringScore(lookup, c, limit);
            if (d < 0) continue;
            if (d == 0) return c;
            if (d < limit) {
                limit = d;
                ties.clear();
            }
            ties.add(c);
            best = c;
        }
        if (ties.size() > 1) {
            best = null;
            int plain = lookup.length();
            for (String c : ties) {
                int d = distance(lookup, c, plain);
                if (d < 0) continue;
                if (d == 0) return c;
                plain = d - 1;
                best = c;
            }
        }
        if (best != null) return best;
        List<String> words = sortedWords(lookup);
        String found = null;
        for (String c : candidates) if (sortedWords(c).equals(words)) found = c;
        return found;
    }

    /** rustc's edit distance discounting a difference of length: a substring scores 1. */
    static int substringScore(String a, String b, int limit) {
        int n = a.codePointCount(0, a.length()), m = b.codePointCount(0, b.length());
        boolean bigDiff = n * 2 < m || m * 2 < n;
        int lenDiff = Math.abs(n - m);
        int distance = distance(a, b, limit + lenDiff);
        if (distance < 0) return -1;
        int score = distance - lenDiff;
        if (score == 0 && lenDiff > 0 && !bigDiff) score = 1;
        else if (!bigDiff) score = score + (lenDiff + 1) / 2;
        else score = score + lenDiff;
        return score <= limit ? score : -1;
    }

    private static List<String> sortedWords(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(name.split("_", -1)));
        w.sort(null);
        return w;
    }

    /** The restricted edit distance of {@code a} and {@code b} when at most {@code limit}, else -1 . */
    static int distance(String a, String b, int limit) {
        int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
        if (x.length < y.length) { int[] t = x; x = y; y = t; }
        if (x.length - y.length > limit) return -1;
        int lo = 0;
        while (lo < y.length && x[lo] == y[lo]) lo++;
        int xe = x.length, ye = y.length;
        while (ye > lo && x[xe - 1] == y[ye - 1]) { xe--; ye--; }
        x = Arrays.copyOfRange(x, lo, xe);
        y = Arrays.copyOfRange(y, lo, ye);
        if (y.length == 0) return x.length <= limit ? x.length : -1;
        if (y.length == 1) {
            int only = y[0];
            int d = Arrays.stream(x).anyMatch(c -> c == only) ? x.length - 1 : x.length;
            return d <= limit ? d : -1;
        }
        int n = x.length, m = y.length;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[n][m] <= limit ? d[n][m] : -1;
    }

    /** rustc's list of names: five of them (six when there are exactly six), then "... and N others". */
    public static String series(List<String> names) {
        int limit = names.size() == 6 ? 6 : 5;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(limit, names.size()); i++) out.append(i == 0 ? "" : ", ").append('`').append(names.get(i)).append('`');
        if (names.size() > limit) out.append(" ... and ").append(names.size() - limit).append(" others");
        return out.toString();
    }
}
