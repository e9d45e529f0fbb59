package org.sdl.stats.panel;

/**
 * One absorbed categorical variable over the estimation sample: a level code 0..levels-1 per
 * observation and the number of observations at each level. Codes are dense (every level
 * occurs), so per-level arrays are exactly {@code levels} long.
 */
public record Factor(String name, int[] code, int levels, int[] count) {

    /** Dense codes from arbitrary non-negative codes (levels that do not occur are dropped). */
    public static Factor of(String name, int[] rawCode) {
        int max = -1;
        for (int c : rawCode) {
            max = Math.max(max, c);
        }
        int[] map = new int[max + 1];
        java.util.Arrays.fill(map, -1);
        int levels = 0;
        // first pass: number the codes that occur in increasing raw-code order (the key order)
        boolean[] seen = new boolean[max + 1];
        for (int c : rawCode) {
            seen[c] = true;
        }
        for (int c = 0; c <= max; c++) {
            if (seen[c]) {
                map[c] = levels++;
            }
        }
        int[] code = new int[rawCode.length];
        int[] count = new int[levels];
        for (int i = 0; i < rawCode.length; i++) {
            code[i] = map[rawCode[i]];
            count[code[i]]++;
        }
        return new Factor(name, code, levels, count);
    }

    /** The factor on the observations kept (keep[i]), recoded densely. */
    public Factor subset(boolean[] keep) {
        int m = 0;
        for (boolean k : keep) {
            if (k) {
                m++;
            }
        }
        int[] raw = new int[m];
        for (int i = 0, j = 0; i < code.length; i++) {
            if (keep[i]) {
                raw[j++] = code[i];
            }
        }
        return of(name, raw);
    }

    /** Whether every level of this factor lies within one level of {@code outer} (nested). */
    public boolean nestedWithin(int[] outer) {
        int[] owner = new int[levels];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < code.length; i++) {
            int g = code[i];
            if (owner[g] < 0) {
                owner[g] = outer[i];
            } else if (owner[g] != outer[i]) {
                return false;
            }
        }
        return true;
    }
}
