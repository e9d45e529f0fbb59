package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sdl.interp.Matrix;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.Session;
import org.sdl.output.CoefficientTable;
import org.sdl.output.MarginsTable;
import org.sdl.output.StataFormat;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.margins.Scenario;

/**
 * What margins prints (title, Number of obs, Model VCE, Expression, dy/dx wrt, the at legend,
 * the table) and stores: r(b), r(V), r(table), r(at), r(N) and the macros marginsplot reads
 * (r(xvars), r(atvars), r(predict#_label), r(over), r(margins)), or, after post, e() with the
 * margins under Stata's column names.
 */
final class MarginsReport {
    private static final StataFormat G9 = StataFormat.parse("%9.0g");

    private final EstimationResult e;
    private final MarginsPlan plan;
    private final MarginCells cells;
    private final double[][] v;
    private final MarginsSample sample;
    private final double level;
    private final boolean nose;
    private final double df;

    MarginsReport(EstimationResult e, MarginsPlan plan, MarginCells cells, double[][] v, MarginsSample sample,
                  double level, boolean nose) {
        this.e = e;
        this.plan = plan;
        this.cells = cells;
        this.v = v;
        this.sample = sample;
        this.level = level;
        this.nose = nose;
        this.df = CoefficientTable.usesT(e) ? e.scalar("df_r") : Double.NaN;
    }

    private boolean point() {
        if (plan.atPoints.isEmpty()) {
            return false;
        }
        for (List<MarginsPlan.Setting> p : plan.atPoints) {
            if (!plan.scenario(p, null).isPoint()) {
                return false;
            }
        }
        return true;
    }

    String title() {
        boolean effect = !plan.effects.isEmpty();
        if (point()) {
            return effect ? "Conditional marginal effects" : "Adjusted predictions";
        }
        return effect ? "Average marginal effects" : "Predictive margins";
    }

    String modelVce() {
        String vt = e.macro("vcetype");
        if (vt != null) {
            return vt;
        }
        String vce = e.macro("vce");
        if ("ols".equals(vce)) {
            return "OLS";
        }
        if ("oim".equals(vce)) {
            return "OIM";
        }
        return vce == null ? "OIM" : vce.substring(0, 1).toUpperCase(Locale.ROOT) + vce.substring(1);
    }

    private long nObs() {
        if ("fweight".equals(e.macro("wtype")) && sample.weight != null) {
            return Math.round(sample.sumWeight);
        }
        return sample.size();
    }

    void print(Consumer<String> out, boolean legend) {
        out.accept("");
        String nobs = "Number of obs = " + String.format(Locale.ROOT, "%,d", nObs());
        String t = title();
        out.accept(t + " ".repeat(Math.max(1, 78 - t.length() - nobs.length())) + nobs);
        out.accept("Model VCE: " + modelVce());
        out.accept("");
        if (plan.preds.size() == 1) {
            out.accept("Expression: " + plan.preds.get(0).label() + ", " + plan.preds.get(0).option());
        }
        if (!plan.effects.isEmpty()) {
            out.accept(effectWord() + " wrt:  " + String.join(" ", effectNames()));
        }
        if (plan.preds.size() > 1) {
            if (!plan.effects.isEmpty()) {
                out.accept("");
            }
            for (int q = 0; q < plan.preds.size(); q++) {
                out.accept((q + 1) + "._predict: " + plan.preds.get(q).label() + ", " + plan.preds.get(q).option());
            }
        }
        if (legend) {
            atLegend().forEach(out);
        }
        out.accept("");
        MarginsTable.render(lines(), column(), level, df, nose).forEach(out);
    }

    private String effectWord() {
        String w = plan.effectWord == null ? "dydx" : plan.effectWord;
        return w.substring(0, 2) + "/" + w.substring(2);
    }

    private String column() {
        return plan.effects.isEmpty() ? "Margin" : effectWord();
    }

    private List<String> effectNames() {
        List<String> n = new ArrayList<>();
        for (MarginsPlan.Effect ef : plan.effects) {
            String var = plan.stripe.variables().get(ef.var());
            if (!ef.factor()) {
                n.add(var);
                continue;
            }
            double base = plan.stripe.baseLevel(ef.var());
            for (double l : plan.stripe.levels(ef.var())) {
                if (l != base) {
                    n.add(MarginsPlan.num(l) + "." + var);
                }
            }
        }
        return n;
    }

    /** "1._at: age = 30" blocks (or "At: ..." for a single at point), values aligned across the legend. */
    List<String> atLegend() {
        List<String> out = new ArrayList<>();
        if (plan.atPoints.isEmpty()) {
            return out;
        }
        List<List<String[]>> blocks = new ArrayList<>();
        int nameW = 0;
        int valW = 0;
        for (List<MarginsPlan.Setting> p : plan.atPoints) {
            List<String[]> entries = new ArrayList<>();
            Scenario s = plan.scenario(p, null);
            List<Integer> shown = new ArrayList<>();
            if (plan.atmeans || plan.asbalanced) {
                for (int var = 0; var < plan.stripe.variables().size(); var++) {
                    shown.add(var);
                }
            } else {
                for (MarginsPlan.Setting st : p) {
                    if (!shown.contains(st.var())) {
                        shown.add(st.var());
                    }
                }
            }
            for (int var : shown) {
                String name = plan.stripe.variables().get(var);
                String stat = statOf(p, var);
                if (s.isObserved(var)) {
                    if (stat != null) {
                        entries.add(new String[] {name, "", "(asobserved)"});
                    }
                    continue;
                }
                if (s.isFixed(var)) {
                    entries.add(new String[] {name, G9.format(s.value(var)).strip(), stat == null ? "" : "(" + stat + ")"});
                    continue;
                }
                for (double l : plan.stripe.levels(var)) {
                    double f = s.indicator(var, l);
                    entries.add(new String[] {MarginsPlan.num(l) + "." + name, G9.format(f).strip(),
                        "(" + (stat == null ? plan.asbalanced && !plan.atmeans ? "asbalanced" : "mean" : stat) + ")"});
                }
            }
            for (String[] en : entries) {
                nameW = Math.max(nameW, en[0].length());
                valW = Math.max(valW, en[1].length());
            }
            blocks.add(entries);
        }
        boolean single = plan.atPoints.size() == 1;
        for (int i = 0; i < blocks.size(); i++) {
            String lead = single ? "At: " : (i + 1) + "._at: ";
            String pad = " ".repeat(lead.length());
            List<String[]> entries = blocks.get(i);
            for (int j = 0; j < entries.size(); j++) {
                String[] en = entries.get(j);
                String val = en[1].isEmpty() ? en[2] : String.format(Locale.ROOT, "%" + valW + "s", en[1])
                    + (en[2].isEmpty() ? "" : " " + en[2]);
                out.add((j == 0 ? lead : pad) + String.format(Locale.ROOT, "%-" + nameW + "s", en[0]) + " = " + val);
            }
        }
        return out;
    }

    private String statOf(List<MarginsPlan.Setting> p, int var) {
        String stat = null;
        for (MarginsPlan.Setting st : p) {
            if (st.var() == var) {
                stat = st.stat();
            }
        }
        if (stat == null && plan.atmeans && p.stream().noneMatch(st -> st.var() == var)) {
            return "mean";
        }
        return stat;
    }

    private static double partValue(Scenario s, int var, double level) {
        return s.indicator(var, level);
    }

    private List<MarginsTable.Line> lines() {
        List<MarginsTable.Line> lines = new ArrayList<>();
        String dims = cells.dimHeader;
        String currentGroup = null;
        boolean first = true;
        for (int i = 0; i < cells.size(); i++) {
            MarginCells.Cell c = cells.cells.get(i);
            double se = Math.sqrt(Math.max(0, v[i][i]));
            if (c.omitted()) {
                continue;
            }
            String group = c.group();
            if (dims.isEmpty()) {
                if (group == null) {
                    lines.add(MarginsTable.Line.row("_cons", c.b(), nose ? 0 : se));
                    continue;
                }
                if (group.startsWith("factor:")) {
                    String[] parts = group.split(":", 3);
                    if (!parts[1].equals(currentGroup)) {
                        if (!first) {
                            lines.add(MarginsTable.Line.blank());
                        } else if (i > 0) {
                            lines.add(MarginsTable.Line.blank());
                        }
                        lines.add(MarginsTable.Line.right(parts[1]));
                        currentGroup = parts[1];
                    }
                    lines.add(MarginsTable.Line.row(parts[2] + " ", c.b(), se));
                } else {
                    if (currentGroup != null) {
                        lines.add(MarginsTable.Line.blank());
                        currentGroup = null;
                    }
                    lines.add(MarginsTable.Line.row(group, c.b(), se));
                }
                first = false;
                continue;
            }
            String g = group == null ? "" : group.startsWith("factor:") ? c.name().substring(0, c.name().indexOf(':')) : group;
            if (first || !g.equals(currentGroup)) {
                if (!first) {
                    lines.add(MarginsTable.Line.rule());
                }
                if (!g.isEmpty()) {
                    lines.add(MarginsTable.Line.left(g));
                }
                lines.add(MarginsTable.Line.right(dims));
                currentGroup = g;
            }
            lines.add(MarginsTable.Line.row(c.rowLabel() + " ", c.b(), se));
            first = false;
        }
        return lines;
    }

    /** r(table) rows b se z pvalue ll ul df crit eform. */
    private double[][] table() {
        int m = cells.size();
        double[][] t = new double[9][m];
        boolean useT = !Double.isNaN(df);
        double crit = useT ? new org.apache.commons.math3.distribution.TDistribution(df)
            .inverseCumulativeProbability(1 - (1 - level / 100) / 2)
            : new org.apache.commons.math3.distribution.NormalDistribution()
            .inverseCumulativeProbability(1 - (1 - level / 100) / 2);
        for (int i = 0; i < m; i++) {
            double b = cells.cells.get(i).b();
            double se = Math.sqrt(Math.max(0, v[i][i]));
            boolean ok = se > 0 && !nose;
            double stat = ok ? b / se : org.sdl.data.Missing.DOT;
            t[0][i] = b;
            t[1][i] = ok ? se : org.sdl.data.Missing.DOT;
            t[2][i] = stat;
            t[3][i] = ok ? (useT ? CoefficientTableAccess.t(stat, df) : CoefficientTableAccess.z(stat)) : org.sdl.data.Missing.DOT;
            t[4][i] = ok ? b - crit * se : org.sdl.data.Missing.DOT;
            t[5][i] = ok ? b + crit * se : org.sdl.data.Missing.DOT;
            t[6][i] = useT ? df : org.sdl.data.Missing.DOT;
            t[7][i] = crit;
            t[8][i] = 0;
        }
        return t;
    }

    void storeR(Session s) {
        ReturnResults r = s.r();
        List<String> names = cells.names();
        r.matrix("b", new Matrix(new double[][] {cells.b()}, List.of("y1"), names));
        r.matrix("V", new Matrix(v, names, names));
        r.matrix("table", new Matrix(table(), List.of("b", "se", useTWord(), "pvalue", "ll", "ul", "df", "crit", "eform"),
            names));
        r.scalar("N", nObs()).scalar("level", level).scalar("k_predict", plan.preds.size())
            .scalar("k_at", plan.atPoints.size()).scalar("k_by", Math.max(1, plan.overGroups.size()));
        if (!Double.isNaN(df)) {
            r.scalar("df_r", df);
        }
        r.macro("cmd", "margins").macro("est_cmd", e.cmd()).macro("title", title()).macro("model_vce", modelVce())
            .macro("vce", "delta").macro("cmdline", "margins");
        for (int q = 0; q < plan.preds.size(); q++) {
            String suffix = plan.preds.size() > 1 ? String.valueOf(q + 1) : "";
            r.macro("predict" + suffix + "_label", plan.preds.get(q).label());
            r.macro("predict" + suffix + "_opts", plan.preds.get(q).option());
        }
        if (plan.preds.size() == 1) {
            r.macro("expression", plan.preds.get(0).label() + ", " + plan.preds.get(0).option());
        }
        if (!plan.effects.isEmpty()) {
            r.macro("xvars", String.join(" ", effectNames())).macro(plan.effectWord, String.join(" ", effectNames()));
        }
        if (!plan.overVars.isEmpty()) {
            r.macro("over", String.join(" ", plan.overVars));
        }
        if (!plan.termHeaders.isEmpty()) {
            r.macro("margins", String.join(" ", plan.termHeaders));
        }
        storeAt(r);
    }

    private String useTWord() {
        return Double.isNaN(df) ? "z" : "t";
    }

    /**
     * r(at): one row per at point, one column per covariate (factor variables one column per
     * level, "2.province"), missing where the covariate is as observed; r(atvars) the variables
     * set in at() in order and r(atdims) the ones that vary across at points (marginsplot's x
     * dimension candidates, first first), with r(atstats#) as Stata stores them.
     */
    private void storeAt(ReturnResults r) {
        if (plan.atPoints.isEmpty()) {
            return;
        }
        List<String> cols = new ArrayList<>();
        List<int[]> colVar = new ArrayList<>();
        for (int var = 0; var < plan.stripe.variables().size(); var++) {
            String name = plan.stripe.variables().get(var);
            if (plan.stripe.isFactor(var)) {
                for (double l : plan.stripe.levels(var)) {
                    cols.add(MarginsPlan.num(l) + "." + name);
                    colVar.add(new int[] {var, 1});
                }
            } else {
                cols.add(name);
                colVar.add(new int[] {var, 0});
            }
        }
        double[][] at = new double[plan.atPoints.size()][cols.size()];
        List<String> atvars = new ArrayList<>();
        List<String> rowNames = new ArrayList<>();
        for (int p = 0; p < plan.atPoints.size(); p++) {
            List<MarginsPlan.Setting> point = plan.atPoints.get(p);
            Scenario s = plan.scenario(point, null);
            rowNames.add((p + 1) + "._at");
            for (int c = 0; c < cols.size(); c++) {
                int var = colVar.get(c)[0];
                if (s.isObserved(var)) {
                    at[p][c] = org.sdl.data.Missing.DOT;
                } else if (colVar.get(c)[1] == 1) {
                    double l = Double.parseDouble(cols.get(c).substring(0, cols.get(c).indexOf('.')));
                    at[p][c] = partValue(s, var, l);
                } else {
                    at[p][c] = s.value(var);
                }
            }
            StringBuilder stats = new StringBuilder();
            for (int c = 0; c < cols.size(); c++) {
                int var = colVar.get(c)[0];
                String st = statOf(point, var);
                boolean set = point.stream().anyMatch(x -> x.var() == var);
                stats.append(c > 0 ? " " : "").append(s.isObserved(var) ? "asobserved" : st != null ? st : set ? "value" : "asobserved");
            }
            r.macro("atstats" + (p + 1), stats.toString());
            for (MarginsPlan.Setting st : point) {
                String n = plan.stripe.variables().get(st.var());
                if (!atvars.contains(n)) {
                    atvars.add(n);
                }
            }
        }
        r.matrix("at", new Matrix(at, rowNames, cols));
        r.macro("atvars", String.join(" ", atvars));
        List<String> varying = new ArrayList<>();
        for (String n : atvars) {
            int var = plan.stripe.variableIndex(n);
            java.util.Set<Double> seen = new java.util.HashSet<>();
            for (List<MarginsPlan.Setting> point : plan.atPoints) {
                for (MarginsPlan.Setting st : point) {
                    if (st.var() == var && st.stat() == null) {
                        seen.add(st.value());
                    }
                }
            }
            if (seen.size() > 1) {
                varying.add(n);
            }
        }
        r.macro("atdims", String.join(" ", varying));
    }

    EstimationResult posted() {
        EstimationResult.Builder bl = EstimationResult.builder("margins").depvar(e.depvar()).names(cells.names())
            .b(cells.b()).v(v).omitted(cells.omitted()).n(nObs()).sample(e.sample());
        bl.scalar("N", nObs());
        if (!Double.isNaN(df)) {
            bl.scalar("df_r", df);
        }
        bl.macro("cmd", "margins").macro("est_cmd", e.cmd()).macro("title", title()).macro("vce", "delta")
            .macro("vcetype", "Delta-method").macro("model_vce", modelVce()).macro("properties", "b V");
        if (plan.preds.size() == 1) {
            bl.macro("predict_label", plan.preds.get(0).label());
        }
        if (!plan.effects.isEmpty()) {
            bl.macro("xvars", String.join(" ", effectNames()));
        }
        return bl.build();
    }
}
