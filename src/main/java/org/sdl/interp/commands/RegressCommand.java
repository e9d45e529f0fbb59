package org.sdl.interp.commands;

import java.util.List;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.estimators.Regression;

/** regress depvar [indepvars] [if] [in] [weight] [, vce() level() noconstant]: OLS. */
public final class RegressCommand extends EstimationCommand {
    public RegressCommand() {
        super("regress", 3, "aweight fweight pweight iweight", "");
    }

    @Override
    boolean rescalesPweights() {
        return true;
    }

    @Override
    EstimationResult estimate(Design d, VceSpec vce, BoundArgs a, List<String> notes) {
        if (d.n() < 2) {
            // one observation cannot identify even the constant's variance ([R] regress: r(2001))
            throw new org.sdl.interp.SdlError(2001, "insufficient observations");
        }
        VceSpec v = "pweight".equals(d.weightKind()) && vce.kind() == VceSpec.Kind.MODEL ? VceSpec.robust() : vce;
        return Regression.fit(d, v);
    }
}
