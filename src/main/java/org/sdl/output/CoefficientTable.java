package org.sdl.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.sdl.stats.EstimationResult;

/**
 * Stata's coefficient table: Coefficient, Std. err., z or t, P&gt;|z|, confidence interval at
 * level(). Factor-variable terms are grouped under their variable ("province" then "2"),
 * omitted terms print "(omitted)", base levels "(base)" when asked. Test statistics, p-values and
 * intervals are derived here from b and V only (one place), with t(df_r) when the result has
 * df_r and normal otherwise.
 */
public final class CoefficientTable {
    private static final String RULE = "-".repeat(78);
    private static final StataFormat G9 = StataFormat.parse("%9.0g");

    private CoefficientTable() {}

    /** One row's derived statistics. */
    public record Row(String name, double b, double se, double stat, double p, double lo, double hi,
                      boolean omitted) {}

    public static List<Row> rows(EstimationResult e, double level) {
        double df = e.scalars().containsKey("df_r") && !e.macros().containsKey("small_z")
            ? e.scalar("df_r") : Double.NaN;
        boolean useT = !Double.isNaN(df) && df > 0 && df < 1e300;
        double crit = useT ? new TDistribution(df).inverseCumulativeProbability(1 - (1 - level / 100) / 2)
            : new NormalDistribution().inverseCumulativeProbability(1 - (1 - level / 100) / 2);
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < e.k(); j++) {
            double b = e.b(j);
            double se = e.se(j);
            boolean om = e.omitted(j);
            // a missing standard error (or no residual degrees of freedom) leaves t, P and the
            // interval missing, as Stata shows them: never b/. = 0 or a NaN
            boolean seOk = se > 0 && !org.sdl.data.Missing.isMissing(se) && !(df <= 0);
            double stat = seOk ? b / se : Double.NaN;
            double p = Double.isNaN(stat) ? Double.NaN : useT ? tTwoSided(stat, df) : zTwoSided(stat);
            double lo = seOk ? b - crit * se : org.sdl.data.Missing.DOT;
            double hi = seOk ? b + crit * se : org.sdl.data.Missing.DOT;
            rows.add(new Row(e.names().get(j), b, se, stat, p, om ? b - crit * se : lo, om ? b + crit * se : hi, om));
        }
        return rows;
    }

    public static boolean usesT(EstimationResult e) {
        return e.scalars().containsKey("df_r") && !e.macros().containsKey("small_z");
    }

    static double zTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    static double tTwoSided(double t, double df) {
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** The table as text lines; showBase prints base levels as "(base)". */
    public static List<String> render(EstimationResult e, double level, boolean showBase, boolean exponentiate,
                                      String coefLabel) {
        boolean t = usesT(e);
        List<String> out = new ArrayList<>();
        String stat = t ? "t" : "z";
        String head = exponentiate ? String.format("%-11s", coefLabel).substring(0, Math.min(11, Math.max(11, coefLabel.length())))
            : "Coefficient";
        // Stata marks a robust or bootstrap variance above the table and then writes "std. err."
        // (and, after bootstrap, "coefficient") in lower case
        String vcetype = e.macros().get("vcetype");
        boolean bootstrap = "Bootstrap".equals(vcetype);
        out.add(RULE);
        if (bootstrap) {
            out.add("             |   Observed   Bootstrap                         Normal-based");
            if (!exponentiate) {
                head = "coefficient";
            }
        } else if (vcetype != null) {
            out.add("             |               " + vcetype);
        }
        out.add(String.format("%12s | %11s  %s  %5s    P>|%s|     [%s%% conf. interval]", abbreviate(e.depvar(), 12),
            head, vcetype == null ? "Std. err." : "std. err.", stat, stat, levelText(level)));
        out.add("-------------+----------------------------------------------------------------");
        String group = null;
        for (Row r : rows(e, level)) {
            String name = r.name();
            boolean base = name.matches("\\d+b\\..*") || name.contains("b.") && !name.contains("#");
            boolean isBase = r.omitted() && base;
            if (isBase && !showBase) {
                continue;
            }
            String factor = factorOf(name);
            if (factor != null) {
                if (!factor.equals(group)) {
                    out.add("             |");
                    out.add(String.format("%12s |", abbreviate(factor, 12)));
                    group = factor;
                }
                name = levelOf(name);
            } else if (group != null) {
                out.add("             |");
                group = null;
            }
            if (r.omitted()) {
                out.add(String.format("%12s |          0  (%s)", abbreviate(name, 12), isBase ? "base" : "omitted"));
                continue;
            }
            double b = exponentiate ? Math.exp(r.b()) : r.b();
            double se = exponentiate ? Math.exp(r.b()) * r.se() : r.se();
            double lo = exponentiate ? Math.exp(r.lo()) : r.lo();
            double hi = exponentiate ? Math.exp(r.hi()) : r.hi();
            out.add(String.format("%12s |  %s  %s %8s   %5s    %s   %s", abbreviate(name, 12), G9.format(b),
                G9.format(se), fixedOrDot(r.stat(), "%8.2f"), fixedOrDot(r.p(), "%5.3f"), G9.format(lo), G9.format(hi)));
        }
        out.add(RULE);
        return out;
    }

    /** A t/z statistic or P-value, or "." when it cannot be computed (never NaN). */
    private static String fixedOrDot(double v, String fmt) {
        return Double.isNaN(v) || Double.isInfinite(v) || org.sdl.data.Missing.isMissing(v) ? "."
            : String.format(java.util.Locale.ROOT, fmt, v);
    }

    /** A confidence level as the "[95% conf. interval]" headings write it (95, 99.5). */
    public static String levelText(double level) {
        return level == Math.rint(level) ? String.valueOf((int) level) : String.valueOf(level);
    }

    /** "province" for "2.province" / "1b.province"; null for plain and interaction terms. */
    static String factorOf(String name) {
        if (name.contains("#") || name.startsWith("/")) {
            return null;
        }
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String lev = name.substring(0, dot);
        return lev.matches("\\d+[bo]?") ? name.substring(dot + 1) : null;
    }

    static String levelOf(String name) {
        String lev = name.substring(0, name.indexOf('.'));
        return lev.replaceAll("[bo]$", "") + "  ";
    }

    static String abbreviate(String s, int w) {
        return s == null ? "" : Names.abbreviate(s, w);
    }
}
