package org.sdl.stats.panel;

import java.util.ArrayList;
import java.util.List;

/**
 * The estimation sample of a panel command as primitive arrays: depvar, the slope regressors
 * (stripe names, with terms the design builder already omitted flagged), and e(sample).
 */
public record PanelInput(String depvar, double[] y, double[][] x, List<String> names, boolean[] preOmitted,
                         boolean[] sample, int[] rows) {

    public int n() {
        return y.length;
    }

    /** The input on the observations kept (keep[i]); e(sample) shrinks accordingly. */
    public PanelInput subset(boolean[] keep) {
        int m = 0;
        for (boolean k : keep) {
            if (k) {
                m++;
            }
        }
        double[] ny = new double[m];
        double[][] nx = new double[x.length][m];
        int[] nr = new int[m];
        boolean[] ns = sample.clone();
        for (int i = 0, c = 0; i < keep.length; i++) {
            if (!keep[i]) {
                ns[rows[i]] = false;
                continue;
            }
            ny[c] = y[i];
            for (int j = 0; j < x.length; j++) {
                nx[j][c] = x[j][i];
            }
            nr[c++] = rows[i];
        }
        return new PanelInput(depvar, ny, nx, names, preOmitted, ns, nr);
    }

    /** Stripe names: slopes (o. prefixed when omitted) then _cons. */
    public List<String> stripe(boolean[] omitted) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            String nm = names.get(j);
            out.add(omitted[j] && !preOmitted[j] && !nm.startsWith("o.") ? "o." + nm : nm);
        }
        out.add("_cons");
        return out;
    }

    /** Omitted flags of the full stripe (slopes then _cons). */
    public static boolean[] withCons(boolean[] omitted) {
        boolean[] o = java.util.Arrays.copyOf(omitted, omitted.length + 1);
        return o;
    }
}
