package org.sdl.interp.commands;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.Beta;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.Names;

/**
 * correlate varlist (listwise; r(rho), r(N), r(C)) and pwcorr varlist [, sig obs star(#)]
 * (pairwise, with p-values from t = r sqrt((n-2)/(1-r^2))).
 */
public final class CorrelateCommand extends Command {
    private final boolean pairwise;

    public CorrelateCommand(boolean pairwise) {
        super(pairwise ? "pwcorr" : "correlate", pairwise ? 6 : 3, "varlist(numeric min=1) [if] [in] [aweight fweight] "
            + "[, SIG Obs STar(real 0) Covariance Means]");
        this.pairwise = pairwise;
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        int k = vars.size();
        boolean[] use = inv.args().touse().clone();
        NumericColumn[] cols = new NumericColumn[k];
        for (int j = 0; j < k; j++) {
            cols[j] = d.numeric(vars.get(j));
        }
        if (!pairwise) {
            for (int i = 0; i < use.length; i++) {
                for (NumericColumn c : cols) {
                    if (Missing.isMissing(c.get(i))) {
                        use[i] = false;
                    }
                }
            }
        }
        double[][] r = new double[k][k];
        double[][] p = new double[k][k];
        int[][] n = new int[k][k];
        boolean cov = inv.args().flag("covariance");
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double[] s = pair(cols[a], cols[b], use);
                n[a][b] = n[b][a] = (int) s[3];
                r[a][b] = r[b][a] = cov ? s[1] : s[0];
                double t = s[0] * Math.sqrt((s[3] - 2) / (1 - s[0] * s[0]));
                double df = s[3] - 2;
                p[a][b] = p[b][a] = a == b ? Missing.DOT : Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
            }
        }
        print(inv, vars, r, p, n);
        inv.session().r().scalar("N", n[k - 1][0]);
        if (k >= 2) {
            inv.session().r().scalar("rho", r[1][0]);
        }
        inv.session().r().matrix(cov ? "C" : "C", new Matrix(r, vars, vars));
    }

    /** {r, cov, unused, n} over rows where both are present. */
    private static double[] pair(NumericColumn x, NumericColumn y, boolean[] use) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i] && !Missing.isMissing(x.get(i)) && !Missing.isMissing(y.get(i))) {
                n++;
                sx += x.get(i);
                sy += y.get(i);
            }
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i] && !Missing.isMissing(x.get(i)) && !Missing.isMissing(y.get(i))) {
                double dx = x.get(i) - mx;
                double dy = y.get(i) - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }
        return new double[] {sxy / Math.sqrt(sxx * syy), sxy / (n - 1), 0, n};
    }

    private void print(Invocation inv, List<String> vars, double[][] r, double[][] p, int[][] n) {
        int k = vars.size();
        if (!pairwise) {
            inv.out().println("(obs=" + String.format("%,d", n[0][0]) + ")");
        }
        inv.out().println();
        // Stata's layout: 9-column cells (names abbreviated to 8), row names abbreviated to 12; a
        // star for significance takes the first space of the next cell
        StringBuilder h = new StringBuilder(String.format("%12s |", ""));
        for (String v : vars) {
            h.append(String.format(" %8s", Names.abbreviate(v, 8)));
        }
        inv.out().println(h.toString());
        inv.out().println("-".repeat(13) + "+" + "-".repeat(9 * k));
        double star = inv.args().real("star", 0);
        for (int a = 0; a < k; a++) {
            StringBuilder line = new StringBuilder(String.format("%12s |", Names.abbreviate(vars.get(a), 12)));
            StringBuilder sig = new StringBuilder(String.format("%12s |", ""));
            StringBuilder obs = new StringBuilder(String.format("%12s |", ""));
            boolean starred = false;
            for (int b = 0; b <= a; b++) {
                String cell = String.format(Locale.ROOT, "%9.4f", r[a][b]);
                line.append(starred ? cell.substring(1) : cell);
                starred = star > 0 && a != b && p[a][b] < star;
                if (starred) {
                    line.append('*');
                }
                sig.append(a == b ? " ".repeat(9) : String.format(Locale.ROOT, "%9.4f", p[a][b]));
                obs.append(String.format(Locale.ROOT, "%9d", n[a][b]));
            }
            inv.out().println(line.toString());
            if (pairwise && inv.args().flag("sig")) {
                inv.out().println(sig.toString());
            }
            if (pairwise && inv.args().flag("obs")) {
                inv.out().println(obs.toString());
            }
            if (pairwise && (inv.args().flag("sig") || inv.args().flag("obs"))) {
                inv.out().println(String.format("%12s |", ""));
            }
        }
    }
}
