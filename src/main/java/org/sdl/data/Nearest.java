package org.sdl.data;

import java.util.Collection;

/** Nearest-name suggestions ("did you mean ...?") by Damerau-Levenshtein distance. */
public final class Nearest {
    private Nearest() {}

    /** The closest candidate within a distance that makes sense for the word's length, or null. */
    public static String of(String word, Collection<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        int limit = Math.max(1, Math.min(3, word.length() / 3 + 1));
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return bestD <= limit ? best : null;
    }

    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
