package org.sdl.interp.causal;

import java.util.Locale;
import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.postest.EstatCommand;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.causal.IvDiagnostics;
import org.sdl.stats.causal.Tsls;

/** estat firststage | endogenous | overid after ivregress: printed, in r(), and attached to e(). */
final class IvEstat {
    private IvEstat() {}

    static void register(EstatCommand estat) {
        estat.extend("firststage", inv -> run(inv, "firststage"));
        estat.extend("endogenous", inv -> run(inv, "endogenous"));
        estat.extend("overid", inv -> run(inv, "overid"));
    }

    private static void run(Invocation inv, String what) {
        EstimationResult e = inv.session().e();
        if (!(e.model() instanceof Tsls.IvModel m)) {
            throw new SdlError(321, "estat " + what + " is valid only after ivregress");
        }
        if (!what.equals("firststage") && "pweight".equals(m.weightKind())) {
            // ivregress_estat.ado refuses the tests after pweights: they assume i.i.d. sampling
            throw new SdlError(498, "estat " + what + " not allowed after estimation with pweights");
        }
        Map<String, Object> res;
        switch (what) {
            case "firststage": res = IvDiagnostics.firstStage(m); break;
            case "endogenous": res = IvDiagnostics.endogenous(m); break;
            default:
                res = IvDiagnostics.overid(m);
                if (res.isEmpty()) {
                    throw new SdlError(498, "model is exactly identified; no test of overidentifying restrictions");
                }
        }
        inv.session().setE(e.toBuilder().result("estat_" + what, res).build());
        inv.out().println();
        print(inv, "", res);
        for (Map.Entry<String, Object> x : res.entrySet()) {
            if (x.getValue() instanceof Double d) {
                inv.session().r().scalar(x.getKey(), d);
            } else if (x.getValue() instanceof Map<?, ?> rows) {
                inv.session().r().matrix(x.getKey(), rowsMatrix(rows));
            }
        }
    }

    /** r(singleresults): one row per endogenous variable, one column per statistic. */
    private static org.sdl.interp.Matrix rowsMatrix(Map<?, ?> rows) {
        java.util.List<String> rowNames = new java.util.ArrayList<>();
        java.util.List<String> colNames = new java.util.ArrayList<>();
        double[][] v = new double[rows.size()][];
        int i = 0;
        for (Map.Entry<?, ?> r : rows.entrySet()) {
            rowNames.add(String.valueOf(r.getKey()));
            Map<?, ?> cells = (Map<?, ?>) r.getValue();
            v[i] = new double[cells.size()];
            int j = 0;
            for (Map.Entry<?, ?> c : cells.entrySet()) {
                if (i == 0) {
                    colNames.add(String.valueOf(c.getKey()));
                }
                v[i][j++] = (Double) c.getValue();
            }
            i++;
        }
        return new org.sdl.interp.Matrix(v, rowNames, colNames);
    }

    @SuppressWarnings("unchecked")
    private static void print(Invocation inv, String indent, Map<String, Object> res) {
        for (Map.Entry<String, Object> x : res.entrySet()) {
            if (x.getValue() instanceof Map<?, ?> sub) {
                inv.out().println(indent + x.getKey() + ":");
                print(inv, indent + "  ", (Map<String, Object>) sub);
            } else {
                inv.out().println(String.format(Locale.ROOT, "%s%-12s = %s", indent, x.getKey(),
                    org.sdl.output.StataFormat.parse("%12.0g").formatBare((Double) x.getValue())));
            }
        }
    }
}
