package org.sdl.stats.causal;

/**
 * Nearest-neighbour matching on one scalar (teffects psmatch's propensity score) with replacement
 * and all ties, as teffects matches: unit i's matches in a group are its M closest units there,
 * plus every further unit at exactly the M-th distance.
 */
final class NeighborMatching {
    private final double[] score;
    private final int[][] sorted; // row indices of each group in ascending score (ties by row)
    private final double[][] sortedScore;

    NeighborMatching(double[] score, boolean[] treated) {
        this.score = score;
        int n1 = 0;
        for (boolean t : treated) {
            if (t) {
                n1++;
            }
        }
        sorted = new int[][] {new int[score.length - n1], new int[n1]};
        int[] fill = new int[2];
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(score[a], score[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i : order) {
            int g = treated[i] ? 1 : 0;
            sorted[g][fill[g]++] = i;
        }
        sortedScore = new double[2][];
        for (int g = 0; g < 2; g++) {
            sortedScore[g] = new double[sorted[g].length];
            for (int j = 0; j < sorted[g].length; j++) {
                sortedScore[g][j] = score[sorted[g][j]];
            }
        }
    }

    int groupSize(int g) {
        return sorted[g].length;
    }

    /**
     * The m nearest units of group g to unit i (and ties at the m-th distance), nearest first.
     *
     * @param skip a row to leave out (i itself when matching within its own group), or -1
     */
    int[] match(int i, int g, int m, int skip) {
        double[] s = sortedScore[g];
        int[] rows = sorted[g];
        double p = score[i];
        int pos = java.util.Arrays.binarySearch(s, p);
        if (pos < 0) {
            pos = -pos - 1;
        }
        while (pos > 0 && s[pos - 1] == p) {
            pos--;
        }
        int lo = pos - 1;
        int hi = pos;
        int[] out = new int[Math.max(4, 2 * m)];
        int count = 0;
        double last = -1;
        while (true) {
            if (lo >= 0 && rows[lo] == skip) {
                lo--;
            }
            if (hi < rows.length && rows[hi] == skip) {
                hi++;
            }
            double dl = lo >= 0 ? p - s[lo] : Double.POSITIVE_INFINITY;
            double dh = hi < rows.length ? s[hi] - p : Double.POSITIVE_INFINITY;
            double d = Math.min(dl, dh);
            if (d == Double.POSITIVE_INFINITY || (count >= m && d > last)) {
                break;
            }
            int pick;
            if (dl <= dh) {
                pick = rows[lo--];
            } else {
                pick = rows[hi++];
            }
            if (count == out.length) {
                out = java.util.Arrays.copyOf(out, 2 * out.length);
            }
            out[count++] = pick;
            last = d;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    double distance(int i, int j) {
        return Math.abs(score[i] - score[j]);
    }
}
