package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Grouping;
import org.sdl.data.GroupedValues;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.descriptive.Percentiles;

/**
 * winsor2 varlist [if] [in], cuts(p q) [replace | suffix(_w)] [trim] [by(varlist)]: values below
 * the p-th percentile are set to it and values above the q-th to it (trim: set to missing), with
 * Stata's percentile definition, within by-groups when given.
 */
public final class Winsor2Command extends Command {
    public Winsor2Command() {
        super("winsor2", 7, "varlist(numeric) [if] [in] [, Cuts(string) replace Suffix(string) Trim by(varlist) Label]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String[] cuts = inv.args().string("cuts", "1 99").strip().split("\\s+");
        if (cuts.length != 2) {
            throw new SdlError(198, "winsor2: cuts(#low #high) needs two numbers");
        }
        double lo = Double.parseDouble(cuts[0]);
        double hi = Double.parseDouble(cuts[1]);
        if (lo < 0 || hi > 100 || lo > hi) {
            throw new SdlError(198, "winsor2: cuts() must satisfy 0 <= low <= high <= 100");
        }
        boolean trim = inv.args().flag("trim");
        boolean replace = inv.args().flag("replace");
        String suffix = inv.args().string("suffix", trim ? "_tr" : "_w");
        boolean[] use = inv.args().touse();
        List<String> by = inv.args().string("by") == null ? List.of() : Words.split(inv.args().string("by"));
        Grouping g = by.isEmpty() ? null : Grouping.of(d, by, use);
        for (String v : inv.args().varlist()) {
            NumericColumn c = d.numeric(v);
            double[] out = c.toDoubles();
            int groups = g == null ? 1 : g.count();
            int[] gid = new int[out.length];
            for (int i = 0; i < out.length; i++) {
                gid[i] = !use[i] ? -1 : g == null ? 0 : g.id(i);
            }
            GroupedValues gv = GroupedValues.of(out, gid, groups);
            double[] pl = new double[groups];
            double[] ph = new double[groups];
            for (int k = 0; k < groups; k++) {
                if (gv.count(k) > 0) {
                    pl[k] = Percentiles.sorted(gv.values(), gv.start(k), gv.end(k), lo);
                    ph[k] = Percentiles.sorted(gv.values(), gv.start(k), gv.end(k), hi);
                }
            }
            for (int i = 0; i < out.length; i++) {
                int k = gid[i];
                if (k < 0 || Missing.isMissing(out[i])) {
                    continue;
                }
                if (out[i] < pl[k]) {
                    out[i] = trim ? Missing.DOT : pl[k];
                } else if (out[i] > ph[k]) {
                    out[i] = trim ? Missing.DOT : ph[k];
                }
            }
            for (int i = 0; i < out.length; i++) {
                if (!use[i] && !replace) {
                    out[i] = Missing.DOT;
                }
            }
            String target = replace ? v : v + suffix;
            NumericColumn nc = new DoubleColumn(target, out);
            StorageType t = c.type() == StorageType.FLOAT ? StorageType.FLOAT : StorageType.DOUBLE;
            if (c.type().isInteger()) {
                boolean integral = true;
                for (double x : out) {
                    integral &= Missing.isMissing(x) || x == Math.rint(x);
                }
                t = integral ? c.type() : StorageType.DOUBLE;
            }
            NumericColumn typed = t == StorageType.DOUBLE ? nc : nc.convertTo(t);
            typed.setLabel(c.label());
            typed.setFormat(c.format());
            if (replace) {
                d.replace(typed);
                d.touched(v);
            } else {
                GenerateCommand.checkNewName(d, target);
                d.add(typed);
            }
        }
    }
}
