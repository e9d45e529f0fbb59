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
            }
        }
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
