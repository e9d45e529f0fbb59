package org.sdl.stats.panel;

/**
 * reghdfe's singleton rule: an observation alone in its level of any absorbed factor is dropped
 * (its fixed effect fits it perfectly, so it only inflates the degrees of freedom), and dropping
 * can create new singletons, so the check repeats until none is left. O(N) per round.
 */
public final class Singletons {
    private Singletons() {}

    /** Marks the observations kept; returns the number dropped. */
    public static int drop(Factor[] factors, boolean[] keep) {
        int n = keep.length;
        java.util.Arrays.fill(keep, true);
        int[][] counts = new int[factors.length][];
        for (int f = 0; f < factors.length; f++) {
            counts[f] = factors[f].count().clone();
        }
        int dropped = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!keep[i]) {
                    continue;
                }
                boolean single = false;
                for (int f = 0; f < factors.length && !single; f++) {
                    single = counts[f][factors[f].code()[i]] == 1;
                }
                if (single) {
                    keep[i] = false;
                    dropped++;
                    changed = true;
                    for (int f = 0; f < factors.length; f++) {
                        counts[f][factors[f].code()[i]]--;
                    }
                }
            }
        }
        return dropped;
    }
}
