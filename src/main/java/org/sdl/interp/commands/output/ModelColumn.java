package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.interp.Matrix;
import org.sdl.output.CoefficientTable;
import org.sdl.stats.EstimationResult;

/**
 * One stored estimation set as estout reads it: its coefficients by equation and cleaned name
 * (estout shows base levels as 1.x, omitted terms without o.; cutpoints /cut1 in equation "/"),
 * and the value of any cell statistic for a coefficient: b, se, t, p, ci, beta, var, or a
 * column of an e() matrix (estpost's mean, sd, ...).
 */
final class ModelColumn {
    /** A coefficient: equation ("" for the main one), cleaned name, index in e(b), flags. */
    record Coef(String eq, String name, int index, boolean base, boolean omitted) {
        String key() {
            return eq + ":" + name;
        }
    }

    final String name;
    final EstimationResult e;
    final List<Coef> coefs = new ArrayList<>();
    final Map<String, Coef> byKey = new LinkedHashMap<>();
    private final List<CoefficientTable.Row> rows;
    private final double[] betas;

    ModelColumn(String name, EstimationResult e, Map<String, String> rename, double level, double[] betas) {
        this.name = name;
        this.e = e;
        this.rows = CoefficientTable.rows(e, level);
        this.betas = betas;
        for (int j = 0; j < e.k(); j++) {
            String raw = e.names().get(j);
            String eq = "";
            String term = raw;
            int colon = raw.indexOf(':');
            if (colon > 0) {
                eq = raw.substring(0, colon);
                term = raw.substring(colon + 1);
            } else if (raw.startsWith("/")) {
                eq = "/";
                term = raw.substring(1);
            }
            boolean base = term.matches("(.*#)?\\d+b\\..*") || term.matches(".*#\\d+b\\..*");
            boolean omitted = !base && (e.omitted(j) || term.startsWith("o.") || term.matches(".*(\\d|#)o\\..*"));
            String clean = term.replaceAll("^o\\.", "").replaceAll("(?<=\\d)(bn|b|o)\\.", ".").replaceAll("#o\\.", "#");
            clean = rename.getOrDefault(clean, rename.getOrDefault(raw, clean));
            if (eq.equals(e.depvar())) {
                eq = "";
            }
            Coef c = new Coef(eq, clean, j, base, omitted);
            if (!byKey.containsKey(c.key())) {
                coefs.add(c);
                byKey.put(c.key(), c);
            }
        }
    }

    /** Equations in order of appearance. */
    List<String> equations() {
        List<String> eqs = new ArrayList<>();
        for (Coef c : coefs) {
            if (!eqs.contains(c.eq())) {
                eqs.add(c.eq());
            }
        }
        return eqs;
    }

    /** p-value of coefficient c (NaN when there is none). */
    double p(Coef c) {
        double[] posted = posted("p", c);
        return posted != null ? posted[0] : rows.get(c.index()).p();
    }

    /**
     * The value(s) of stat for c: one number, two for ci, or null when the model has no such
     * statistic (an element naming an e() matrix the model lacks).
     */
    double[] value(String stat, Coef c, boolean eform, boolean absT) {
        if (!stat.equals("b")) {
            double[] posted = posted(stat, c);
            if (posted != null) {
                return posted;
            }
        }
        CoefficientTable.Row r = rows.get(c.index());
        double b = r.b();
        double se = c.base() || c.omitted() ? 0 : r.se();
        switch (stat) {
            case "b":
                return new double[] {eform ? Math.exp(b) : b};
            case "se":
                return new double[] {eform ? Math.exp(b) * se : se};
            case "var":
                return new double[] {se * se};
            case "t": case "z":
                double t = se > 0 ? b / se : Double.NaN;
                return new double[] {absT ? Math.abs(t) : t};
            case "p":
                return new double[] {se > 0 ? r.p() : Double.NaN};
            case "ci":
                return se > 0 ? new double[] {tr(r.lo(), eform), tr(r.hi(), eform)} : new double[] {Double.NaN, Double.NaN};
            case "ci_l":
                return new double[] {se > 0 ? tr(r.lo(), eform) : Double.NaN};
            case "ci_u":
                return new double[] {se > 0 ? tr(r.hi(), eform) : Double.NaN};
            case "beta":
                return new double[] {betas == null ? Double.NaN : betas[c.index()]};
            default:
                return posted(stat, c);
        }
    }

    /** Column c of the e() matrix named stat (estadd matrix, estpost), or null. */
    private double[] posted(String stat, Coef c) {
        Object m = e.results().get("matrix:" + stat);
        if (m instanceof Matrix mm && mm.rows() > 0) {
            String raw = e.names().get(c.index());
            int col = mm.colNames().indexOf(raw);
            if (col < 0) {
                col = mm.colNames().indexOf(c.name());
            }
            return col < 0 ? null : new double[] {mm.get(0, col)};
        }
        return null;
    }

    private static double tr(double v, boolean eform) {
        return eform ? Math.exp(v) : v;
    }

    /** A footer statistic: N, an e() scalar, or an estadd local (as text); null when absent. */
    Object stat(String s) {
        if (s.equals("N")) {
            Double n = e.scalars().get("N");
            return n != null ? n : (double) e.n();
        }
        if (e.scalars().containsKey(s)) {
            return e.scalars().get(s);
        }
        return e.macros().get(s);
    }
}
