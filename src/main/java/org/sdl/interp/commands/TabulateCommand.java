package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.special.Gamma;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.Output;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.MacroNumber;
import org.sdl.output.StataFormat;
import org.sdl.output.TextWrap;
import org.sdl.stats.descriptive.Moments;

/**
 * tabulate var1 [var2] [if] [in] [fweight] [, missing nolabel generate(stub) row col cell nofreq
 * chi2 lrchi2 exact]: one-way frequencies or a two-way table with Pearson/LR chi2 and Fisher's
 * exact test (2x2). tab1 runs one-way tables for each variable.
 */
public final class TabulateCommand extends Command {
    private final boolean multi;

    public TabulateCommand(boolean multi) {
        super(multi ? "tab1" : "tabulate", multi ? 4 : 2, "varlist [if] [in] [fweight aweight iweight] [, Missing "
            + "NOLabel Generate(string) Row COlumn CEll NOFreq Chi2 LRchi2 Exact SORT PLot MATCell(name) MATRow(name) "
            + "MATCol(name) SUmmarize(string) noMEans noSTandard]");
        this.multi = multi;
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    @Override
    public boolean rclass() {
        return true;
    }

    /** A variable's distinct values (sorted) and each row's value. */
    /**
     * A variable's distinct values in sort order (Double or String) and each row's index among
     * them (-1 for rows left out).
     */
    private record Levels(List<Object> values, int[] code) {}

    @Override
    public void run(Invocation inv) {
        List<String> vars = inv.args().varlist();
        if (multi) {
            for (String v : vars) {
                inv.out().println();
                inv.out().println("-> tabulation of " + v + "  "); // Stata's heading for each table
                oneWay(inv, v);
            }
            return;
        }
        if (inv.args().has("summarize")) {
            if (vars.size() != 1) {
                throw new SdlError(198, "tabulate, summarize(): sdl shows one-way summary tables only");
            }
            summaryTable(inv, vars.get(0), new VariableMatcher(inv.session().data()).one(inv.args().string("summarize")));
        } else if (vars.size() == 1) {
            oneWay(inv, vars.get(0));
        } else if (vars.size() == 2) {
            twoWay(inv, vars.get(0), vars.get(1));
        } else {
            throw new SdlError(103, "tabulate: too many variables (use tab1 for several one-way tables)");
        }
    }

    /** tabulate rowvar, summarize(var): mean, sd and frequency of var per row (see SummaryByTable). */
    private void summaryTable(Invocation inv, String rv, String sv) {
        Dataset d = inv.session().data();
        boolean[] use = inv.args().touse().clone();
        if (!(d.column(sv) instanceof NumericColumn y)) {
            throw new SdlError(109, "summarize(" + sv + "): " + sv + " is a string variable");
        }
        for (int i = 0; i < use.length; i++) {
            use[i] &= !y.isMissing(i); // rows whose summarized value is missing do not count
        }
        double[] w = weights(inv);
        Levels lv = levels(d, rv, kept(d, List.of(rv), use, inv.args().flag("missing")));
        int r = lv.values().size();
        int[] code = lv.code();
        double[][] x = new double[r + 1][];
        double[][] wt = new double[r + 1][];
        int[] size = new int[r + 1];
        for (int k : code) {
            if (k >= 0) {
                size[k]++;
                size[r]++;
            }
        }
        for (int k = 0; k <= r; k++) {
            x[k] = new double[size[k]];
            wt[k] = w == null ? null : new double[size[k]];
        }
        int[] fill = new int[r + 1];
        for (int i = 0; i < d.nObs(); i++) {
            int k = code[i];
            if (k < 0) {
                continue;
            }
            double yi = y.get(i);
            x[k][fill[k]] = yi; // the row's own group, and the Total row
            x[r][fill[r]] = yi;
            if (w != null) {
                wt[k][fill[k]] = w[i];
                wt[r][fill[r]] = w[i];
            }
            fill[k]++;
            fill[r]++;
        }
        String[] labels = new String[r + 1];
        double[] n = new double[r + 1];
        double[] mean = new double[r + 1];
        double[] sd = new double[r + 1];
        for (int k = 0; k <= r; k++) {
            labels[k] = k < r ? text(d, rv, lv.values().get(k), inv.args().flag("nolabel")) : "Total";
            Moments m = x[k].length == 0 ? null : Moments.of(x[k], wt[k], inv.args().weightKind());
            n[k] = m == null ? 0 : m.n();
            mean[k] = m == null ? Missing.DOT : m.mean();
            sd[k] = m == null || m.n() < 2 ? Missing.DOT : m.sd();
        }
        if (n[r] == 0) {
            throw new SdlError(2000, "no observations");
        }
        SummaryByTable.Columns columns = new SummaryByTable.Columns(!inv.args().flag("nomeans"),
            !inv.args().flag("nostandard"), !inv.args().flag("nofreq"));
        inv.out().println();
        new SummaryByTable(title(d, rv), "Summary of " + title(d, sv), labels, n, mean, sd, columns).lines()
            .forEach(inv.out()::println);
        inv.session().r().scalar("N", n[r]).scalar("r", r);
    }

    private static boolean aweights(Invocation inv) {
        return "aweight".equals(inv.args().weightKind());
    }

    /**
     * aweighted frequencies rescaled so the table sums to the number of observations, as
     * tabulate shows them (sum of weights in a cell divided by the mean weight); returns that number.
     */
    private static double rescale(double[] freq, double sumW, int rows) {
        for (int k = 0; k < freq.length; k++) {
            freq[k] *= rows / sumW;
        }
        return rows;
    }

    private double[] weights(Invocation inv) {
        if (inv.args().weightKind() == null) {
            return null;
        }
        Dataset d = inv.session().data();
        return inv.args().weightValues(inv.session());
    }

    /** The rows in use, without those where any of vars is missing unless the missing option. */
    private static boolean[] kept(Dataset d, List<String> vars, boolean[] use, boolean missing) {
        boolean[] keep = use.clone();
        if (!missing) {
            for (String v : vars) {
                Column c = d.column(v);
                for (int i = 0; i < keep.length; i++) {
                    keep[i] &= !c.isMissing(i);
                }
            }
        }
        return keep;
    }

    /** v's values over the kept rows, numbered in sort order by the shared grouping engine. */
    private static Levels levels(Dataset d, String v, boolean[] keep) {
        Grouping g = Grouping.of(d, List.of(v), keep);
        Column c = d.column(v);
        List<Object> values = new ArrayList<>(g.count());
        for (int k = 0; k < g.count(); k++) {
            values.add(c instanceof StringColumn s ? s.get(g.firstRow(k)) : (Object) ((NumericColumn) c).get(g.firstRow(k)));
        }
        return new Levels(values, g.ids());
    }

    private String text(Dataset d, String v, Object val, boolean nolabel) {
        if (val instanceof String s) {
            return s;
        }
        double x = (Double) val;
        NumericColumn c = d.numeric(v);
        if (!nolabel && c.valueLabel() != null) {
            ValueLabelSet ls = d.valueLabels().get(c.valueLabel());
            if (ls != null && ls.get(x) != null) {
                return ls.get(x);
            }
        }
        return MacroNumber.format(x);
    }

    private void oneWay(Invocation inv, String v) {
        Dataset d = inv.session().data();
        boolean[] use = inv.args().touse();
        double[] w = weights(inv);
        Levels lv = levels(d, v, kept(d, List.of(v), use, inv.args().flag("missing")));
        double[] freq = new double[lv.values().size()];
        double total = 0;
        int[] code = lv.code();
        int rows = 0;
        for (int i = 0; i < d.nObs(); i++) {
            if (code[i] >= 0) {
                double wi = w == null ? 1 : w[i];
                freq[code[i]] += wi;
                total += wi;
                rows++;
            }
        }
        if (total == 0) {
            throw new SdlError(2000, "no observations");
        }
        if (aweights(inv)) {
            total = rescale(freq, total, rows);
        }
        Output out = inv.out();
        // the stub is as wide as the longest value label (at least 11); the variable's label is
        // broken into lines of that width above it, as Stata does
        boolean nolabel = inv.args().flag("nolabel");
        String[] rowText = new String[freq.length];
        int stub = 11;
        for (int k = 0; k < freq.length; k++) {
            rowText[k] = text(d, v, lv.values().get(k), nolabel);
            stub = Math.max(stub, rowText[k].length());
        }
        List<String> heading = TextWrap.heading(title(d, v), stub, null, 35);
        out.println();
        heading.subList(0, heading.size() - 1).forEach(out::println);
        out.println(heading.get(heading.size() - 1) + "      Freq.     Percent        Cum.");
        String rule = "-".repeat(stub + 1) + "+" + "-".repeat(35);
        out.println(rule);
        double cum = 0;
        for (int k = 0; k < freq.length; k++) {
            cum += freq[k];
            out.println(String.format(Locale.ROOT, "%" + stub + "s | %10s %11.2f %11.2f", rowText[k], count(freq[k]),
                100 * freq[k] / total, 100 * cum / total));
        }
        out.println(rule);
        out.println(String.format(Locale.ROOT, "%" + stub + "s | %10s %11.2f", "Total", count(total), 100.0));
        inv.session().r().scalar("N", total).scalar("r", freq.length);
        double[][] cells = new double[freq.length][1];
        for (int k = 0; k < freq.length; k++) {
            cells[k][0] = freq[k];
        }
        saveMatrices(inv, cells, lv, null);
        String prefix = inv.args().string("generate");
        if (prefix != null) {
            for (int k = 0; k < freq.length; k++) {
                org.sdl.data.ByteColumn dummy = new org.sdl.data.ByteColumn(prefix + (k + 1), d.nObs());
                for (int i = 0; i < d.nObs(); i++) {
                    dummy.set(i, code[i] < 0 ? Missing.DOT : code[i] == k ? 1 : 0);
                }
                dummy.setLabel(v + "==" + text(d, v, lv.values().get(k), true));
                d.add(dummy);
            }
        }
    }

    /**
     * matcell(): the frequencies (a column for a one-way table); matrow()/matcol(): the row and
     * column values, which must then be numeric (r(198) for strings, as Stata).
     */
    private static void saveMatrices(Invocation inv, double[][] cells, Levels rows, Levels cols) {
        String cell = inv.args().string("matcell");
        if (cell != null) {
            inv.session().matrices().put(cell, org.sdl.interp.Matrix.of(cells));
        }
        String row = inv.args().string("matrow");
        if (row != null) {
            double[][] v = new double[rows.values().size()][1];
            for (int k = 0; k < v.length; k++) {
                v[k][0] = numeric(rows.values().get(k), "matrow()");
            }
            inv.session().matrices().put(row, org.sdl.interp.Matrix.of(v));
        }
        String col = inv.args().string("matcol");
        if (col != null) {
            if (cols == null) {
                throw new SdlError(198, "matcol() needs a two-way table");
            }
            double[][] v = new double[1][cols.values().size()];
            for (int k = 0; k < v[0].length; k++) {
                v[0][k] = numeric(cols.values().get(k), "matcol()");
            }
            inv.session().matrices().put(col, org.sdl.interp.Matrix.of(v));
        }
    }

    private static double numeric(Object value, String option) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new SdlError(198, option + " needs a numeric variable");
    }

    private void twoWay(Invocation inv, String rv, String cv) {
        Dataset d = inv.session().data();
        boolean[] use = inv.args().touse();
        double[] w = weights(inv);
        // both variables' levels come from the rows where both are there (as Stata counts them)
        boolean[] keep = kept(d, List.of(rv, cv), use, inv.args().flag("missing"));
        Levels rl = levels(d, rv, keep);
        Levels cl = levels(d, cv, keep);
        int r = rl.values().size();
        int c = cl.values().size();
        double[][] f = new double[r][c];
        double total = 0;
        int[] rc = rl.code();
        int[] cc = cl.code();
        int rows = 0;
        for (int i = 0; i < d.nObs(); i++) {
            if (rc[i] >= 0) {
                double wi = w == null ? 1 : w[i];
                f[rc[i]][cc[i]] += wi;
                total += wi;
                rows++;
            }
        }
        if (total == 0) {
            throw new SdlError(2000, "no observations");
        }
        if (aweights(inv)) {
            double sum = total;
            for (double[] row : f) {
                total = rescale(row, sum, rows);
            }
        }
        double[] rs = new double[r];
        double[] cs = new double[c];
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < c; b++) {
                rs[a] += f[a][b];
                cs[b] += f[a][b];
            }
        }
        saveMatrices(inv, f, rl, cl);
        boolean nolabel = inv.args().flag("nolabel");
        Output out = inv.out();
        out.println();
        String[] rowText = new String[r];
        for (int a = 0; a < r; a++) {
            rowText[a] = text(d, rv, rl.values().get(a), nolabel);
        }
        String[] colText = new String[c];
        for (int b = 0; b < c; b++) {
            colText[b] = text(d, cv, cl.values().get(b), nolabel);
        }
        TwoWayTable.Cells shown = new TwoWayTable.Cells(!inv.args().flag("nofreq"), inv.args().flag("row"),
            inv.args().flag("column"), inv.args().flag("cell"));
        new TwoWayTable(title(d, rv), title(d, cv), rowText, colText, f, shown).lines().forEach(out::println);
        inv.session().r().scalar("N", total).scalar("r", r).scalar("c", c);
        if (inv.args().flag("chi2") || inv.args().flag("lrchi2")) {
            double chi = 0;
            double lr = 0;
            for (int a = 0; a < r; a++) {
                for (int b = 0; b < c; b++) {
                    double e = rs[a] * cs[b] / total;
                    chi += (f[a][b] - e) * (f[a][b] - e) / e;
                    if (f[a][b] > 0) {
                        lr += 2 * f[a][b] * Math.log(f[a][b] / e);
                    }
                }
            }
            int df = (r - 1) * (c - 1);
            out.println();
            if (inv.args().flag("chi2")) {
                double p = Gamma.regularizedGammaQ(df / 2.0, chi / 2);
                out.println(String.format(Locale.ROOT, "          Pearson chi2(%d) = %8.4f   Pr = %5.3f", df, chi, p));
                inv.session().r().scalar("chi2", chi).scalar("p", p);
            }
            if (inv.args().flag("lrchi2")) {
                double p = Gamma.regularizedGammaQ(df / 2.0, lr / 2);
                out.println(String.format(Locale.ROOT, "likelihood-ratio chi2(%d) = %8.4f   Pr = %5.3f", df, lr, p));
                inv.session().r().scalar("chi2_lr", lr).scalar("p_lr", p);
            }
        }
        if (inv.args().flag("exact")) {
            if (r != 2 || c != 2) {
                throw new SdlError(198, "exact: sdl computes Fisher's exact test for 2x2 tables only");
            }
            int n = (int) Math.round(total);
            HypergeometricDistribution h = new HypergeometricDistribution(n, (int) Math.round(rs[0]), (int) Math.round(cs[0]));
            double pObs = h.probability((int) Math.round(f[0][0]));
            double p2 = 0;
            for (int k = h.getSupportLowerBound(); k <= h.getSupportUpperBound(); k++) {
                double pk = h.probability(k);
                if (pk <= pObs * (1 + 1e-7)) {
                    p2 += pk;
                }
            }
            double p1 = Math.min(h.cumulativeProbability((int) Math.round(f[0][0])),
                1 - h.cumulativeProbability((int) Math.round(f[0][0]) - 1));
            out.println(String.format(Locale.ROOT, "           Fisher's exact =                 %5.3f", Math.min(1, p2)));
            out.println(String.format(Locale.ROOT, "   1-sided Fisher's exact =                 %5.3f", p1));
            inv.session().r().scalar("p_exact", Math.min(1, p2)).scalar("p1_exact", p1);
        }
    }

    /** A variable's label, or its name when it has none. */
    private static String title(Dataset d, String v) {
        String label = d.column(v).label();
        return label == null || label.isEmpty() ? v : label;
    }

    /** A frequency: an integer with thousands separators, a weighted count in %10.0g. */
    static String count(double x) {
        return x == Math.rint(x) ? String.format("%,d", (long) x) : StataFormat.parse("%10.0g").formatBare(x);
    }
}
