package org.sdl.interp.postest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.stats.EstimationResult;

/**
 * estat ic | summarize | vce, and the subcommands other estimators register (ivregress:
 * firststage, endogenous, overid).
 */
public final class EstatCommand extends Command {
    private final Map<String, Consumer<Invocation>> extensions = new java.util.HashMap<>();

    public EstatCommand() {
        super("estat", 5, null);
    }

    /** Lets an estimator add a subcommand (estat firststage after ivregress). */
    public void extend(String sub, Consumer<Invocation> handler) {
        extensions.put(sub, handler);
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        EstimationResult e = inv.session().requireE();
        String sub = inv.text().strip().split("[\\s,]+", 2)[0];
        for (Map.Entry<String, Consumer<Invocation>> x : extensions.entrySet()) {
            if (x.getKey().startsWith(sub) && sub.length() >= 4) {
                x.getValue().accept(inv);
                return;
            }
        }
        switch (sub) {
            case "ic":
                ic(inv, e);
                return;
            case "summarize": case "su": case "sum": case "summ":
                summarize(inv, e);
                return;
            case "vce":
                org.sdl.interp.commands.ResultsPrinterAccess.matrix(inv.out(), "Covariance matrix of coefficients",
                    new Matrix(e.v(), e.names(), e.names()));
                return;
            default:
                throw new SdlError(321, "estat " + sub + " not valid after " + e.cmd());
        }
    }

    private static void ic(Invocation inv, EstimationResult e) {
        double ll = e.scalar("ll");
        double ll0 = e.scalar("ll_0");
        int df = 0;
        for (int j = 0; j < e.k(); j++) {
            if (!e.omitted(j)) {
                df++;
            }
        }
        double n = e.n();
        double aic = -2 * ll + 2 * df;
        double bic = -2 * ll + Math.log(n) * df;
        inv.out().println();
        inv.out().println("Akaike's information criterion and Bayesian information criterion");
        inv.out().println();
        inv.out().println("-----------------------------------------------------------------------------");
        inv.out().println("       Model |          N   ll(null)  ll(model)      df        AIC        BIC");
        inv.out().println("-------------+---------------------------------------------------------------");
        inv.out().println(String.format(Locale.ROOT, "%12s | %10d %10.3f %10.3f %7d %10.3f %10.3f", ".", (long) n,
            ll0, ll, df, aic, bic));
        inv.out().println("-----------------------------------------------------------------------------");
        inv.session().r().matrix("S", new Matrix(new double[][] {{n, ll0, ll, df, aic, bic}}, List.of("."),
            List.of("N", "ll0", "ll", "df", "AIC", "BIC")));
    }

    private static void summarize(Invocation inv, EstimationResult e) {
        Dataset data = inv.session().data();
        boolean[] s = e.sample();
        if (s == null) {
            throw new SdlError(301, "e(sample) not available");
        }
        java.util.LinkedHashSet<String> vars = new java.util.LinkedHashSet<>();
        vars.add(e.depvar());
        for (String n : e.names()) {
            if (n.equals("_cons") || n.startsWith("/")) {
                continue;
            }
            for (String p : n.split("#")) {
                vars.add(p.contains(".") ? p.substring(p.indexOf('.') + 1) : p);
            }
        }
        inv.out().println();
        inv.out().println("  Estimation sample " + e.cmd() + "                    Number of obs = " + e.n());
        inv.out().println();
        inv.out().println("  -------------------------------------------------------------");
        inv.out().println("      Variable |         Mean      Std. dev.         Min          Max");
        inv.out().println("  -------------+-----------------------------------------------");
        for (String v : vars) {
            NumericColumn c = data.numeric(v);
            if (c == null) {
                continue;
            }
            double sum = 0;
            double sum2 = 0;
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            int n = 0;
            for (int i = 0; i < s.length && i < c.size(); i++) {
                if (s[i] && !Missing.isMissing(c.get(i))) {
                    double x = c.get(i);
                    n++;
                    sum += x;
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
            double mean = sum / n;
            for (int i = 0; i < s.length && i < c.size(); i++) {
                if (s[i] && !Missing.isMissing(c.get(i))) {
                    sum2 += (c.get(i) - mean) * (c.get(i) - mean);
                }
            }
            inv.out().println(String.format(Locale.ROOT, "  %12s | %12.6g %12.6g %12.6g %12.6g", v, mean,
                Math.sqrt(sum2 / (n - 1)), min, max));
        }
        inv.out().println("  -------------------------------------------------------------");
    }
}
