package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.stats.margins.CoefficientStripe;
import org.sdl.stats.margins.MarginsEngine;
import org.sdl.stats.margins.Prediction;
import org.sdl.stats.margins.Scenario;

/**
 * Which margins a margins call asks for, in Stata's order (effect variable, then _predict, then
 * _at, then over() groups, then marginlist levels), under Stata's names, and their computation.
 */
final class MarginsPlan {
    /** One at point: the settings of one at() option after numlists are crossed. */
    record Setting(int var, double value, String stat) {}

    /** One effect: a continuous variable (derivative) or a factor variable (discrete changes from base). */
    record Effect(int var, boolean factor) {}

    /** A dimension value: label in the table, name part for e(b). */
    record Level(String label, String name) {}

    final Dataset data;
    final CoefficientStripe stripe;
    final MarginsSample sample;
    final List<Prediction> preds;
    final boolean userPredict;

    final List<List<Setting>> atPoints = new ArrayList<>();
    boolean atmeans;
    boolean asbalanced;
    boolean explicitAt;

    final List<String> overVars = new ArrayList<>();
    final List<int[]> overGroups = new ArrayList<>();
    final List<Level> overLevels = new ArrayList<>();

    final List<String> termHeaders = new ArrayList<>();
    /** Per marginlist term, its combinations: variable indices and levels. */
    final List<int[]> termVars = new ArrayList<>();
    final List<List<double[]>> termCombos = new ArrayList<>();
    final List<List<Level>> termLevels = new ArrayList<>();

    final List<Effect> effects = new ArrayList<>();
    MarginsEngine.Effect effectKind = MarginsEngine.Effect.DYDX;
    String effectWord = null; // "dydx", "eyex", ...

    MarginsPlan(Dataset data, CoefficientStripe stripe, MarginsSample sample, List<Prediction> preds,
                boolean userPredict) {
        this.data = data;
        this.stripe = stripe;
        this.sample = sample;
        this.preds = preds;
        this.userPredict = userPredict;
    }

    private int covariate(String name, String where) {
        int v = stripe.variableIndex(name);
        if (v < 0) {
            throw new SdlError(322, where + ": variable " + name + " not found in list of covariates");
        }
        return v;
    }

    void marginlist(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String tok : text.strip().split("\\s+")) {
            String[] parts = tok.replace("##", "#").split("#");
            int[] vars = new int[parts.length];
            for (int p = 0; p < parts.length; p++) {
                String name = parts[p].replaceFirst("^(i|ib\\w*|i\\w*)\\.", "");
                vars[p] = covariate(name, "marginlist");
                if (!stripe.isFactor(vars[p])) {
                    throw new SdlError(198, "marginlist: " + name + " is not a factor variable (enter it as i."
                        + name + " in the model)");
                }
            }
            List<double[]> combos = new ArrayList<>();
            combos.add(new double[0]);
            for (int v : vars) {
                List<double[]> next = new ArrayList<>();
                for (double[] c : combos) {
                    for (double l : MarginsSample.levels(sample.values[v], null)) {
                        double[] d = java.util.Arrays.copyOf(c, c.length + 1);
                        d[c.length] = l;
                        next.add(d);
                    }
                }
                combos = next;
            }
            List<Level> labels = new ArrayList<>();
            for (double[] c : combos) {
                StringBuilder lab = new StringBuilder();
                StringBuilder nm = new StringBuilder();
                for (int p = 0; p < vars.length; p++) {
                    String var = stripe.variables().get(vars[p]);
                    lab.append(p > 0 ? "#" : "").append(valueLabel(var, c[p]));
                    nm.append(p > 0 ? "#" : "").append(num(c[p])).append('.').append(var);
                }
                labels.add(new Level(lab.toString(), nm.toString()));
            }
            StringBuilder head = new StringBuilder();
            for (int p = 0; p < vars.length; p++) {
                head.append(p > 0 ? "#" : "").append(stripe.variables().get(vars[p]));
            }
            termHeaders.add(head.toString());
            termVars.add(vars);
            termCombos.add(combos);
            termLevels.add(labels);
        }
    }

    void over(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<NumericColumn> cols = new ArrayList<>();
        for (String tok : text.strip().split("\\s+")) {
            String name = tok.replaceFirst("^i\\.", "");
            NumericColumn c = data.numeric(name);
            if (c == null) {
                throw new SdlError(111, "over(): variable " + name + " not found");
            }
            overVars.add(name);
            cols.add(c);
        }
        Map<String, List<Integer>> groups = new java.util.TreeMap<>();
        Map<String, double[]> keys = new LinkedHashMap<>();
        for (int t = 0; t < sample.size(); t++) {
            int row = sample.rows[t];
            double[] key = new double[cols.size()];
            boolean miss = false;
            for (int c = 0; c < key.length; c++) {
                key[c] = cols.get(c).get(row);
                miss |= org.sdl.data.Missing.isMissing(key[c]);
            }
            if (miss) {
                continue;
            }
            StringBuilder sk = new StringBuilder();
            for (double x : key) {
                sk.append(String.format(java.util.Locale.ROOT, "%025.6f|", x + 1e12));
            }
            groups.computeIfAbsent(sk.toString(), z -> new ArrayList<>()).add(t);
            keys.putIfAbsent(sk.toString(), key);
        }
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            overGroups.add(g.getValue().stream().mapToInt(Integer::intValue).toArray());
            double[] key = keys.get(g.getKey());
            StringBuilder lab = new StringBuilder();
            StringBuilder nm = new StringBuilder();
            for (int c = 0; c < key.length; c++) {
                lab.append(c > 0 ? "#" : "").append(valueLabel(overVars.get(c), key[c]));
                nm.append(c > 0 ? "#" : "").append(num(key[c])).append('.').append(overVars.get(c));
            }
            overLevels.add(new Level(lab.toString(), nm.toString()));
        }
    }

    void at(List<AtSpec> specs, boolean atmeans, boolean asbalanced) {
        this.atmeans = atmeans;
        this.asbalanced = asbalanced;
        this.explicitAt = !specs.isEmpty();
        for (AtSpec spec : specs) {
            List<List<Setting>> points = new ArrayList<>();
            points.add(new ArrayList<>());
            List<String> all = new ArrayList<>();
            for (AtSpec.Entry en : spec.entries) {
                List<Integer> vars = new ArrayList<>();
                if (en.var().equals("_all") || en.var().equals("*")) {
                    for (int v = 0; v < stripe.variables().size(); v++) {
                        vars.add(v);
                    }
                } else {
                    String name = en.var().replaceFirst("^(i|c)\\.", "");
                    vars.add(covariate(name, "at()"));
                }
                for (int v : vars) {
                    all.add(stripe.variables().get(v));
                    if (en.values() == null) {
                        for (List<Setting> p : points) {
                            p.add(new Setting(v, Double.NaN, en.stat()));
                        }
                        continue;
                    }
                    if (stripe.isFactor(v)) {
                        double[] lv = stripe.levels(v);
                        for (double x : en.values()) {
                            if (java.util.Arrays.stream(lv).noneMatch(l -> l == x)) {
                                throw new SdlError(322, "at(): " + num(x) + " is not a level of factor variable "
                                    + stripe.variables().get(v));
                            }
                        }
                    }
                    List<List<Setting>> next = new ArrayList<>();
                    for (List<Setting> p : points) {
                        for (double x : en.values()) {
                            List<Setting> q = new ArrayList<>(p);
                            q.add(new Setting(v, x, null));
                            next.add(q);
                        }
                    }
                    points = next;
                }
            }
            atPoints.addAll(points);
        }
        if (atPoints.isEmpty() && (atmeans || asbalanced)) {
            atPoints.add(new ArrayList<>());
        }
    }

    void effects(BoundArgs a, boolean continuous) {
        String[] kinds = {"dydx", "eyex", "dyex", "eydx"};
        for (String kind : kinds) {
            String text = a.string(kind);
            if (text == null) {
                continue;
            }
            if (effectWord != null) {
                throw new SdlError(198, "only one of dydx(), eyex(), dyex(), eydx() is allowed");
            }
            effectWord = kind;
            effectKind = MarginsEngine.Effect.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
            for (String tok : text.strip().split("\\s+")) {
                if (tok.equals("*") || tok.equals("_all")) {
                    for (int v = 0; v < stripe.variables().size(); v++) {
                        addEffect(v, stripe.isFactor(v));
                    }
                    continue;
                }
                boolean asFactor = tok.startsWith("i.");
                String name = tok.replaceFirst("^(i|c)\\.", "");
                int v = covariate(name, kind + "()");
                if (asFactor && !stripe.isFactor(v)) {
                    throw new SdlError(198, kind + "(): " + name + " entered the model as continuous, not as i."
                        + name);
                }
                addEffect(v, stripe.isFactor(v));
            }
        }
        if (continuous && effects.stream().anyMatch(Effect::factor)) {
            throw new SdlError(198, "option continuous not supported: factor variables get discrete changes "
                + "from the base level");
        }
        if (effectKind != MarginsEngine.Effect.DYDX && effects.stream().anyMatch(Effect::factor)) {
            throw new SdlError(198, effectWord + "(): elasticities of factor variables are not supported; use dydx()");
        }
    }

    private void addEffect(int v, boolean factor) {
        for (Effect e : effects) {
            if (e.var() == v) {
                return;
            }
        }
        effects.add(new Effect(v, factor));
    }

    /** The scenario of an at point for the rows of a group (statistics are taken over those rows). */
    Scenario scenario(List<Setting> point, int[] group) {
        int nv = stripe.variables().size();
        Scenario s = new Scenario(nv);
        if (atmeans) {
            for (int v = 0; v < nv; v++) {
                setStat(s, v, "mean", group);
            }
        }
        if (asbalanced) {
            for (int v = 0; v < nv; v++) {
                setStat(s, v, "asbalanced", group);
            }
        }
        if (point != null) {
            for (Setting st : point) {
                if (st.stat() == null) {
                    s.fix(st.var(), st.value());
                } else {
                    setStat(s, st.var(), st.stat(), group);
                }
            }
        }
        return s;
    }

    private void setStat(Scenario s, int v, String stat, int[] group) {
        switch (stat) {
            case "asobserved":
                s.observe(v);
                return;
            case "mean":
                if (stripe.isFactor(v)) {
                    double[] lv = stripe.levels(v);
                    double[] f = new double[lv.length];
                    for (int i = 0; i < lv.length; i++) {
                        f[i] = sample.share(v, lv[i], group);
                    }
                    s.fractions(v, lv, f);
                } else {
                    s.fix(v, sample.mean(v, group));
                }
                return;
            case "asbalanced":
                if (stripe.isFactor(v)) {
                    double[] lv = stripe.levels(v);
                    double[] f = new double[lv.length];
                    java.util.Arrays.fill(f, 1.0 / lv.length);
                    s.fractions(v, lv, f);
                }
                return;
            case "base":
                if (stripe.isFactor(v)) {
                    s.fix(v, stripe.baseLevel(v));
                    return;
                }
                throw new SdlError(198, "at(): (base) applies to factor variables only");
            default:
                if (stripe.isFactor(v) && !stat.equals("zero")) {
                    throw new SdlError(198, "at(): (" + stat + ") applies to continuous variables only");
                }
                s.fix(v, sample.statistic(v, stat, group));
        }
    }

    /** The margins in display order. */
    MarginCells compute(MarginsEngine engine) {
        MarginCells out = new MarginCells();
        int np = preds.size();
        List<List<Setting>> points = atPoints.isEmpty() ? java.util.Collections.singletonList(null) : atPoints;
        List<int[]> groups = overGroups.isEmpty() ? java.util.Collections.singletonList(null) : overGroups;
        List<double[]> combos = new ArrayList<>();
        List<Level> comboLevels = new ArrayList<>();
        List<int[]> comboVars = new ArrayList<>();
        for (int t = 0; t < termCombos.size(); t++) {
            for (int c = 0; c < termCombos.get(t).size(); c++) {
                combos.add(termCombos.get(t).get(c));
                comboVars.add(termVars.get(t));
                comboLevels.add(termLevels.get(t).get(c));
            }
        }
        if (combos.isEmpty()) {
            combos.add(null);
            comboVars.add(null);
            comboLevels.add(null);
        }
        List<String> head = new ArrayList<>();
        if (np > 1) {
            head.add("_predict");
        }
        boolean atDim = atPoints.size() > 1;
        if (atDim) {
            head.add("_at");
        }
        if (!overVars.isEmpty()) {
            head.add(String.join("#", overVars));
        }
        if (!termHeaders.isEmpty()) {
            head.add(String.join(" ", termHeaders));
        }
        out.dimHeader = String.join("#", head);
        List<Effect> eff = effects.isEmpty() ? java.util.Collections.singletonList(null) : effects;
        int k = engine.k();
        double[][][][] slopes = new double[points.size()][groups.size()][combos.size()][];
        for (Effect ef : eff) {
            int nl = ef != null && ef.factor() ? stripe.levels(ef.var()).length : 1;
            // results[level][point][group][combo] = per prediction {estimate, J}
            double[][][][][] res = new double[nl][points.size()][groups.size()][combos.size()][];
            for (int pi = 0; pi < points.size(); pi++) {
                for (int gi = 0; gi < groups.size(); gi++) {
                    int[] rows = groups.get(gi);
                    Scenario base = scenario(points.get(pi), rows);
                    for (int ci = 0; ci < combos.size(); ci++) {
                        Scenario sc = base.copy();
                        if (combos.get(ci) != null) {
                            for (int p = 0; p < comboVars.get(ci).length; p++) {
                                sc.fix(comboVars.get(ci)[p], combos.get(ci)[p]);
                            }
                        }
                        if (ef == null) {
                            res[0][pi][gi][ci] = flatten(engine.average(sc, rows, preds, -1, effectKind));
                        } else if (!ef.factor() && effectKind == MarginsEngine.Effect.DYDX
                            && stripe.plainColumn(ef.var()) >= 0) {
                            if (slopes[pi][gi][ci] == null) {
                                slopes[pi][gi][ci] = flatten(engine.average(sc, rows, preds, -1,
                                    MarginsEngine.Effect.INDEX_SLOPE));
                            }
                            res[0][pi][gi][ci] = plainEffect(slopes[pi][gi][ci], engine.b(ef.var(), stripe), 
                                stripe.plainColumn(ef.var()), np, k);
                        } else if (!ef.factor()) {
                            res[0][pi][gi][ci] = flatten(engine.average(sc, rows, preds, ef.var(), effectKind));
                        } else {
                            double[] lv = stripe.levels(ef.var());
                            double[][] at0 = engine.average(sc.copy().fix(ef.var(), stripe.baseLevel(ef.var())), rows,
                                preds, -1, effectKind);
                            for (int l = 0; l < lv.length; l++) {
                                if (lv[l] == stripe.baseLevel(ef.var())) {
                                    res[l][pi][gi][ci] = null;
                                    continue;
                                }
                                double[][] at1 = engine.average(sc.copy().fix(ef.var(), lv[l]), rows, preds, -1,
                                    effectKind);
                                for (int q = 0; q < np; q++) {
                                    for (int j = 0; j <= k; j++) {
                                        at1[q][j] -= at0[q][j];
                                    }
                                }
                                res[l][pi][gi][ci] = flatten(at1);
                            }
                        }
                    }
                }
            }
            for (int l = 0; l < nl; l++) {
                String effName;
                String group;
                boolean baseRow = false;
                if (ef == null) {
                    effName = null;
                    group = null;
                } else if (!ef.factor()) {
                    effName = stripe.variables().get(ef.var());
                    group = effName;
                } else {
                    double lev = stripe.levels(ef.var())[l];
                    baseRow = lev == stripe.baseLevel(ef.var());
                    effName = num(lev) + (baseRow ? "b." : ".") + stripe.variables().get(ef.var());
                    group = "factor:" + stripe.variables().get(ef.var()) + ":"
                        + valueLabel(stripe.variables().get(ef.var()), lev);
                }
                for (int q = 0; q < np; q++) {
                    for (int pi = 0; pi < points.size(); pi++) {
                        for (int gi = 0; gi < groups.size(); gi++) {
                            for (int ci = 0; ci < combos.size(); ci++) {
                                List<String> labels = new ArrayList<>();
                                List<String> names = new ArrayList<>();
                                if (np > 1) {
                                    labels.add(String.valueOf(q + 1));
                                    names.add((q + 1) + "._predict");
                                }
                                if (atDim) {
                                    labels.add(String.valueOf(pi + 1));
                                    names.add((pi + 1) + "._at");
                                }
                                if (!overGroups.isEmpty()) {
                                    labels.add(overLevels.get(gi).label());
                                    names.add(overLevels.get(gi).name());
                                }
                                if (comboLevels.get(ci) != null) {
                                    labels.add(comboLevels.get(ci).label());
                                    names.add(comboLevels.get(ci).name());
                                }
                                String dims = String.join("#", names);
                                String name = effName == null ? (dims.isEmpty() ? "_cons" : dims)
                                    : dims.isEmpty() ? effName : effName + ":" + dims;
                                double[] r = res[l][pi][gi][ci];
                                double b = r == null ? 0 : r[q * (k + 1)];
                                double[] jac = new double[k];
                                if (r != null) {
                                    System.arraycopy(r, q * (k + 1) + 1, jac, 0, k);
                                }
                                out.cells.add(new MarginCells.Cell(name, group, String.join("#", labels), b, jac,
                                    baseRow));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** dy/dx of a variable entering as one plain column c: b_c times the index slope, plus mean P' at c. */
    private static double[] plainEffect(double[] slope, double bx, int col, int np, int k) {
        double[] r = new double[slope.length];
        for (int q = 0; q < np; q++) {
            int o = q * (k + 1);
            for (int j = 0; j <= k; j++) {
                r[o + j] = bx * slope[o + j];
            }
            r[o + 1 + col] += slope[o];
        }
        return r;
    }

    private static double[] flatten(double[][] r) {
        int k1 = r[0].length;
        double[] f = new double[r.length * k1];
        for (int q = 0; q < r.length; q++) {
            System.arraycopy(r[q], 0, f, q * k1, k1);
        }
        return f;
    }

    String valueLabel(String var, double x) {
        NumericColumn c = data.numeric(var);
        if (c != null && c.valueLabel() != null) {
            ValueLabelSet set = data.valueLabels().get(c.valueLabel());
            if (set != null && set.get(x) != null) {
                return set.get(x);
            }
        }
        return num(x);
    }

    static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
