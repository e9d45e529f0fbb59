package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.EstimationResult;

/**
 * test: Wald tests of linear restrictions. {@code test x1 x2} (jointly zero),
 * {@code test x1 = x2}, {@code test (x1 = 0) (x2 + x3 = 1)}, {@code , accumulate}. F with df_r
 * after regress, chi2 otherwise; r(F)/r(chi2), r(df), r(df_r), r(p).
 */
public final class TestCommand extends Command {
    private final boolean parm;
    private final List<double[]> accumulated = new ArrayList<>();
    private final List<Double> accumulatedRhs = new ArrayList<>();
    private final List<String> accumulatedText = new ArrayList<>();

    public TestCommand(boolean parm) {
        super(parm ? "testparm" : "test", parm ? 8 : 4, null);
        this.parm = parm;
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        EstimationResult e = inv.session().requireE();
        String text = inv.text();
        String opts = "";
        int comma = text.lastIndexOf(',');
        if (comma >= 0 && text.indexOf(')', comma) < 0) {
            opts = text.substring(comma + 1);
            text = text.substring(0, comma);
        }
        boolean accumulate = opts.contains("acc");
        List<double[]> rows = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (accumulate) {
            rows.addAll(accumulated);
            rhs.addAll(accumulatedRhs);
            labels.addAll(accumulatedText);
        }
        if (parm) {
            for (int j : TestTerms.matching(e, Words.split(text), inv.session().data())) {
                double[] r = new double[e.k()];
                r[j] = 1;
                rows.add(r);
                rhs.add(0.0);
                labels.add(e.names().get(j) + " = 0");
            }
        } else {
            String t = text.strip();
            List<String> equations = new ArrayList<>();
            if (t.startsWith("(")) {
                for (String w : Words.split(t)) {
                    equations.add(w.substring(1, w.length() - 1));
                }
            } else if (t.contains("=")) {
                equations.add(t);
            } else {
                for (String w : Words.split(t)) {
                    for (int j : TestTerms.matching(e, List.of(w), inv.session().data())) {
                        equations.add(e.names().get(j));
                    }
                }
            }
            for (String eq : equations) {
                String[] sides = eq.split("=", 2);
                String lhs = sides[0];
                String right = sides.length > 1 ? sides[1] : "0";
                CoefExpression ce = new CoefExpression("(" + lhs + ")-(" + right + ")", inv.line(), e);
                double[] g = ce.gradient(e.b(), true);
                double c = -ce.value(new double[e.k()]);
                rows.add(g);
                rhs.add(c);
                labels.add(lhs.strip() + " = " + right.strip());
            }
        }
        if (rows.isEmpty()) {
            throw new SdlError(198, "test: nothing to test");
        }
        accumulated.clear();
        accumulated.addAll(rows);
        accumulatedRhs.clear();
        accumulatedRhs.addAll(rhs);
        accumulatedText.clear();
        accumulatedText.addAll(labels);
        double[] r = new double[rhs.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = rhs.get(i);
        }
        double[] w = Wald.statistic(e, rows.toArray(new double[0][]), r);
        int q = (int) w[1];
        inv.out().println();
        for (int i = 0; i < labels.size(); i++) {
            inv.out().println(String.format(Locale.ROOT, " (%2d)  %s", i + 1, labels.get(i)));
        }
        inv.out().println();
        // F with df_r after regress (chi2 when its variance is a large-sample bootstrap one)
        boolean f = e.cmd().equals("regress") && !e.macros().containsKey("small_z")
            || (e.macros().containsKey("small") && e.scalars().containsKey("df_r"));
        if (f) {
            double dfr = e.scalar("df_r");
            double fs = w[0] / q;
            double p = Beta.regularizedBeta(dfr / (dfr + q * fs), dfr / 2, q / 2.0);
            inv.out().println(String.format(Locale.ROOT, "%20s = %8.2f", "F(" + pad(q) + "," + pad((int) dfr) + ")", fs));
            inv.out().println(String.format(Locale.ROOT, "%20s = %10.4f", "Prob > F", p));
            inv.session().r().scalar("drop", 0).scalar("df_r", dfr).scalar("F", fs).scalar("df", q).scalar("p", p);
        } else {
            double p = Gamma.regularizedGammaQ(q / 2.0, w[0] / 2);
            inv.out().println(String.format(Locale.ROOT, "%20s = %8.2f", "chi2(" + pad(q) + ")", w[0]));
            inv.out().println(String.format(Locale.ROOT, "%20s = %10.4f", "Prob > chi2", p));
            inv.session().r().scalar("drop", 0).scalar("chi2", w[0]).scalar("df", q).scalar("p", p);
        }
    }

    private static String pad(int v) {
        return String.format("%3d", v);
    }
}
