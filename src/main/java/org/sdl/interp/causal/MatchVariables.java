package org.sdl.interp.causal;

import java.util.List;
import org.sdl.data.ByteColumn;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.LongColumn;
import org.sdl.data.Missing;
import org.sdl.stats.causal.MatchOptions;
import org.sdl.stats.causal.PsMatch;
import org.sdl.stats.design.Design;

/** The variables psmatch2 leaves behind, dropped and recreated on every call. */
final class MatchVariables {
    private MatchVariables() {}

    static void create(Dataset data, Design d, String y, double[] score, boolean[] treated, PsMatch.Result r,
                       MatchOptions opt) {
        for (String old : List.copyOf(data.names())) {
            if (old.matches("_pscore|_treated|_support|_weight|_id|_nn|_pdif|_n\\d+|_" + y + "|_s_" + y)) {
                data.drop(old);
            }
        }
        int rows = data.nObs();
        int n = d.n();
        int[] idx = d.rows();
        DoubleColumn ps = new DoubleColumn("_pscore", rows);
        ByteColumn tr = new ByteColumn("_treated", rows);
        ByteColumn sup = new ByteColumn("_support", rows);
        DoubleColumn w = new DoubleColumn("_weight", rows);
        DoubleColumn my = new DoubleColumn("_" + y, rows);
        LongColumn id = new LongColumn("_id", rows);
        DoubleColumn pdif = new DoubleColumn("_pdif", rows);
        LongColumn nn = new LongColumn("_nn", rows);
        int k = 0;
        if (opt.method() != MatchOptions.Method.KERNEL) {
            for (int[] m : r.treatedSide().matches) {
                if (m != null) {
                    k = Math.max(k, m.length);
                }
            }
        }
        LongColumn[] nCols = new LongColumn[k];
        for (int j = 0; j < k; j++) {
            nCols[j] = new LongColumn("_n" + (j + 1), rows);
        }
        for (int i = 0; i < n; i++) {
            int row = idx[i];
            ps.set(row, score[i]);
            tr.set(row, treated[i] ? 1 : 0);
            sup.set(row, r.support()[i] ? 1 : 0);
            id.set(row, i + 1);
            double wi = r.treatedSide().weight[i];
            if (treated[i]) {
                w.set(row, r.support()[i] ? 1 : Missing.DOT);
                if (r.support()[i]) {
                    my.set(row, r.treatedSide().matchedY[i]);
                }
            } else {
                w.set(row, wi > 0 && r.support()[i] ? wi : Missing.DOT);
            }
            int[] m = r.treatedSide().matches[i];
            if (m != null) {
                nn.set(row, m.length);
                for (int j = 0; j < m.length && j < k; j++) {
                    nCols[j].set(row, m[j] + 1);
                }
                pdif.set(row, r.treatedSide().pdif[i]);
            }
        }
        data.add(ps);
        data.add(tr);
        data.add(sup);
        data.add(w);
        data.add(my);
        data.add(id);
        for (LongColumn c : nCols) {
            data.add(c);
        }
        data.add(nn);
        data.add(pdif);
        if (r.smoothed() != null) {
            DoubleColumn s = new DoubleColumn("_s_" + y, rows);
            for (int i = 0; i < n; i++) {
                if (!treated[i]) {
                    s.set(idx[i], r.smoothed()[i]);
                }
            }
            data.add(s);
        }
    }
}
