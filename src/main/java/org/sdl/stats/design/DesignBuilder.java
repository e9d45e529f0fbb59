package org.sdl.stats.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.stats.linalg.ColumnMatrix;

/**
 * The one place estimation reads the dataset: resolves the depvar and factor-variable terms,
 * applies if/in and listwise deletion (over every variable used, including weights and the
 * cluster variable), expands factor levels and interactions into columns named as Stata names
 * them, marks base levels and collinear terms as omitted, and returns a {@link Design}.
 */
public final class DesignBuilder {
    private final Dataset data;
    private String depvar;
    private List<String> tokens = List.of();
    private boolean[] mask;
    private String weightVar;
    private String weightKind;
    private double[] weightValues;
    private boolean rescalePweights;
    private String clusterVar;
    private final List<String> extra = new ArrayList<>();
    private boolean constant = true;
    private boolean requireDepvar = true;

    public DesignBuilder(Dataset data) {
        this.data = data;
    }

    public DesignBuilder depvar(String v) {
        this.depvar = v;
        return this;
    }

    public DesignBuilder terms(List<String> varlistTokens) {
        this.tokens = List.copyOf(varlistTokens);
        return this;
    }

    /** Rows allowed by if/in (null: all rows). */
    public DesignBuilder mask(boolean[] m) {
        this.mask = m;
        return this;
    }

    public DesignBuilder weight(String kind, String var) {
        this.weightKind = kind;
        this.weightVar = var;
        return this;
    }

    /**
     * Weights given as values per dataset row ([aw=1/v] and other expressions, evaluated by the
     * caller); rows where the value is missing leave the sample, as a missing weight variable does.
     */
    public DesignBuilder weight(String kind, double[] values) {
        this.weightKind = kind;
        this.weightValues = values;
        return this;
    }

    /**
     * pweights rescaled to sum to n like aweights: regress and ivregress compute their point
     * estimates and fit statistics (rss, mss, Root MSE, ll) on the normalized weights (ML
     * commands keep the raw ones; their ll is on the scale of sum w). The sandwich is scale-free.
     */
    public DesignBuilder rescalePweights(boolean r) {
        this.rescalePweights = r;
        return this;
    }

    public DesignBuilder cluster(String var) {
        this.clusterVar = var;
        return this;
    }

    /** Variables that join the listwise deletion without entering the design (instruments, ...). */
    public DesignBuilder alsoRequire(List<String> vars) {
        extra.addAll(vars);
        return this;
    }

    public DesignBuilder noConstant(boolean nocons) {
        this.constant = !nocons;
        return this;
    }

    public DesignBuilder requireDepvar(boolean r) {
        this.requireDepvar = r;
        return this;
    }

    public Design build() {
        VariableMatcher vm = new VariableMatcher(data);
        String dep = depvar == null ? null : numericVar(vm.one(depvar));
        List<Term> terms = new TermParser(v -> numericVar(vm.one(v))).parse(tokens);
        Set<String> used = new LinkedHashSet<>();
        if (dep != null) {
            used.add(dep);
        }
        for (Term t : terms) {
            t.components().forEach(c -> used.add(c.var()));
        }
        String wv = weightVar == null ? null : numericVar(vm.one(weightVar));
        if (wv != null) {
            used.add(wv);
            weightValues = numeric(wv).toDoubles();
        }
        String cv = clusterVar == null ? null : vm.one(clusterVar);
        if (cv != null) {
            used.add(cv);
        }
        for (String e : extra) {
            used.add(numericVar(vm.one(e)));
        }
        boolean[] sample = sample(used, cv);
        int n = 0;
        for (boolean b : sample) {
            if (b) {
                n++;
            }
        }
        if (n == 0) {
            throw new DataException(2000, "no observations");
        }
        int[] rows = new int[n];
        for (int i = 0, k = 0; i < sample.length; i++) {
            if (sample[i]) {
                rows[k++] = i;
            }
        }
        List<String> notes = new ArrayList<>();
        ColumnSet cols = new ColumnSet(n);
        Map<String, double[]> levelCache = new HashMap<>();
        for (Term t : terms) {
            expand(t, rows, cols, levelCache);
        }
        if (constant) {
            double[] one = new double[n];
            java.util.Arrays.fill(one, 1);
            cols.add("_cons", one, false);
        }
        double[] y = dep == null ? new double[n] : gather(numeric(dep), rows);
        double[] w = weightValues == null ? null : weights(gatherValues(weightValues, rows));
        ColumnMatrix matrix = ColumnMatrix.of(cols.columns(), n, cols.supports());
        CentredGram gram = new Collinearity(cols, matrix, w, constant).mark(y, notes);
        int[] clusters = null;
        int g = 0;
        if (cv != null) {
            clusters = new int[n];
            Map<Object, Integer> ids = new HashMap<>();
            Column c = data.column(cv);
            for (int i = 0; i < n; i++) {
                Object key = c instanceof NumericColumn nc ? (Object) nc.get(rows[i])
                    : ((org.sdl.data.StringColumn) c).get(rows[i]);
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                }
                clusters[i] = id;
            }
            g = ids.size();
        }
        return new Design(y, cols.columns(), cols.names(), cols.omitted(), w, w == null ? null : weightKind,
            clusters, g, rows, sample, constant, dep == null ? "" : dep, notes, matrix, gram);
    }

    private String numericVar(String v) {
        if (data.column(v).isString()) {
            throw new DataException(109, "string variables not allowed; " + v + " is a string variable");
        }
        return v;
    }

    private NumericColumn numeric(String v) {
        return (NumericColumn) data.column(v);
    }

    private boolean[] sample(Set<String> used, String cv) {
        int n = data.nObs();
        boolean[] s = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = mask == null || mask[i];
        }
        for (String v : used) {
            Column c = data.column(v);
            if (c instanceof NumericColumn nc) {
                nc.clearMissing(s);
            } else {
                org.sdl.data.StringColumn sc = (org.sdl.data.StringColumn) c;
                for (int i = 0; i < n; i++) {
                    if (s[i] && sc.get(i).isEmpty()) {
                        s[i] = false;
                    }
                }
            }
        }
        if (weightValues != null) {
            for (int i = 0; i < n; i++) {
                if (s[i] && Missing.isMissing(weightValues[i])) {
                    s[i] = false;
                }
                if (s[i]) {
                    double x = weightValues[i];
                    if (x < 0) {
                        throw new DataException(402, "negative weights encountered");
                    }
                    if ("fweight".equals(weightKind) && x != Math.rint(x)) {
                        throw new DataException(401, "may not use noninteger frequency weights");
                    }
                    if (x == 0) {
                        s[i] = false;
                    }
                }
            }
        }
        return s;
    }

    /** aweights (and pweights where asked) are rescaled to sum to the number of observations, as Stata does. */
    private double[] weights(double[] w) {
        if ("aweight".equals(weightKind) || rescalePweights && "pweight".equals(weightKind)) {
            double sum = 0;
            for (double x : w) {
                sum += x;
            }
            double f = w.length / sum;
            for (int i = 0; i < w.length; i++) {
                w[i] *= f;
            }
        }
        return w;
    }

    private static double[] gatherValues(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    private static double[] gather(NumericColumn c, int[] rows) {
        double[] out = new double[rows.length];
        c.gatherDoubles(rows, out);
        return out;
    }

    /**
     * The column of one term level: the product over components of the value (continuous) or
     * the indicator of the level (factor). A lone continuous variable is its gathered values
     * as they are (already a private copy), the common case in wide designs.
     */
    private static double[] product(double[][] values, double[][] levels, int[] idx, boolean[] factor,
            int n) {
        int m = values.length;
        if (m == 1 && !factor[0]) {
            return values[0];
        }
        double[] col = new double[n];
        java.util.Arrays.fill(col, 1);
        for (int c = 0; c < m; c++) {
            double[] v = values[c];
            if (factor[c]) {
                double level = levels[c][idx[c]];
                for (int i = 0; i < n; i++) {
                    col[i] = v[i] == level ? col[i] : 0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    col[i] *= v[i];
                }
            }
        }
        return col;
    }

    private void expand(Term t, int[] rows, ColumnSet cols, Map<String, double[]> levelCache) {
        List<Term.Component> comps = t.components();
        int m = comps.size();
        double[][] values = new double[m][];
        double[][] levels = new double[m][];
        double[] bases = new double[m];
        for (int c = 0; c < m; c++) {
            Term.Component comp = comps.get(c);
            values[c] = gather(numeric(comp.var()), rows);
            if (comp.factor()) {
                levels[c] = levelCache.computeIfAbsent(comp.var(), v -> levels(v, gatherCache(v, rows)));
                if (comp.base().startsWith("only:")) {
                    double only = Double.parseDouble(comp.base().substring(5));
                    levels[c] = new double[] {only};
                    bases[c] = Double.NaN;
                } else {
                    bases[c] = base(comp, levels[c], values[c]);
                }
            }
        }
        boolean[] factor = new boolean[m];
        for (int c = 0; c < m; c++) {
            factor[c] = comps.get(c).factor();
        }
        if (m == 1 && factor[0]) {
            indicators(comps.get(0), values[0], levels[0], bases[0], cols);
            return;
        }
        int[] idx = new int[m];
        while (true) {
            StringBuilder name = new StringBuilder();
            boolean hasBase = false;
            for (int c = 0; c < m; c++) {
                if (comps.get(c).factor() && levels[c][idx[c]] == bases[c]) {
                    hasBase = true;
                }
            }
            for (int c = 0; c < m; c++) {
                Term.Component comp = comps.get(c);
                if (c > 0) {
                    name.append('#');
                }
                if (comp.factor()) {
                    double lev = levels[c][idx[c]];
                    name.append(levelText(lev));
                    if (lev == bases[c]) {
                        name.append('b');
                    } else if (hasBase && m > 1) {
                        name.append('o');
                    }
                    name.append('.').append(comp.var());
                } else if (m > 1) {
                    name.append(hasBase ? "co." : "c.").append(comp.var());
                } else {
                    name.append(comp.var());
                }
            }
            double[] col = product(values, levels, idx, factor, rows.length);
            boolean userOmit = comps.stream().anyMatch(Term.Component::omitPrefix);
            String nm = name.toString();
            if (userOmit && !hasBase && !nm.startsWith("o.")) {
                nm = "o." + nm;
            }
            cols.add(nm, col, hasBase || userOmit);
            int c = m - 1;
            while (c >= 0) {
                if (!comps.get(c).factor()) {
                    c--;
                    continue;
                }
                idx[c]++;
                if (idx[c] < levels[c].length) {
                    break;
                }
                idx[c] = 0;
                c--;
            }
            if (c < 0) {
                return;
            }
        }
    }

    /**
     * i.var alone: every level's indicator from one pass of level codes, with each indicator's
     * nonzero rows recorded for the estimators (no column is scanned again to find them).
     */
    private static void indicators(Term.Component comp, double[] values, double[] levels, double base,
                                   ColumnSet cols) {
        int n = values.length;
        int nl = levels.length;
        int[] code = new int[n];
        int[] count = new int[nl];
        // levels are non-negative integers: small ones index a table, others are searched
        double top = nl == 0 ? 0 : levels[nl - 1];
        int[] table = top < 1 << 20 ? new int[(int) top + 1] : null;
        if (table != null) {
            java.util.Arrays.fill(table, -1);
            for (int l = 0; l < nl; l++) {
                table[(int) levels[l]] = l;
            }
        }
        for (int i = 0; i < n; i++) {
            double v = values[i];
            int c = table != null ? (v >= 0 && v <= top ? table[(int) v] : -1)
                : java.util.Arrays.binarySearch(levels, v);
            code[i] = c;
            if (c >= 0) {
                count[c]++;
            }
        }
        int[][] support = new int[nl][];
        for (int l = 0; l < nl; l++) {
            support[l] = new int[count[l]];
        }
        int[] fill = new int[nl];
        for (int i = 0; i < n; i++) {
            int c = code[i];
            if (c >= 0) {
                support[c][fill[c]++] = i;
            }
        }
        for (int l = 0; l < nl; l++) {
            double lev = levels[l];
            boolean isBase = lev == base;
            double[] col = new double[n];
            for (int i : support[l]) {
                col[i] = 1;
            }
            String name = levelText(lev) + (isBase ? "b" : "") + "." + comp.var();
            boolean omit = isBase || comp.omitPrefix();
            if (comp.omitPrefix() && !isBase) {
                name = "o." + name;
            }
            cols.add(name, col, omit, support[l]);
        }
    }

    private double[] gatherCache(String v, int[] rows) {
        return gather(numeric(v), rows);
    }

    /** Distinct values in increasing order; they must be non-negative integers, as in Stata. */
    private static double[] levels(String var, double[] values) {
        double max = 0;
        for (double v : values) {
            if (v != Math.rint(v) || v < 0) {
                throw new DataException(452, "factor variables may not contain noninteger or negative values; "
                    + var + " has " + v);
            }
            max = Math.max(max, v);
        }
        if (max < 1 << 20) {
            // the usual small codes: a presence table instead of sorting
            boolean[] seen = new boolean[(int) max + 1];
            int distinct = 0;
            for (double v : values) {
                if (!seen[(int) v]) {
                    seen[(int) v] = true;
                    distinct++;
                }
            }
            double[] out = new double[distinct];
            int k = 0;
            for (int v = 0; v < seen.length; v++) {
                if (seen[v]) {
                    out[k++] = v;
                }
            }
            return out;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, k);
    }

    private static double base(Term.Component comp, double[] levels, double[] values) {
        String b = comp.base();
        if (b.isEmpty() || b.equals("first")) {
            return levels[0];
        }
        if (b.equals("last")) {
            return levels[levels.length - 1];
        }
        if (b.equals("freq")) {
            Map<Double, Integer> counts = new HashMap<>();
            for (double v : values) {
                counts.merge(v, 1, Integer::sum);
            }
            double best = levels[0];
            for (double l : levels) {
                if (counts.getOrDefault(l, 0) > counts.getOrDefault(best, 0)) {
                    best = l;
                }
            }
            return best;
        }
        if (b.equals("none")) {
            return Double.NaN;
        }
        double want = Double.parseDouble(b);
        for (double l : levels) {
            if (l == want) {
                return l;
            }
        }
        throw new DataException(111, "base level " + b + " of " + comp.var() + " not found in the estimation sample");
    }

    static String levelText(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
