package org.sdl.interp.causal;

import java.util.List;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.interp.SdlError;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.design.DesignBuilder;
import org.sdl.stats.estimators.ModelFit;

/** Design building and model fitting for the mediation commands, with user-facing error codes. */
final class Models {
    private Models() {}

    static void check(String model) {
        if (!ModelFit.MODELS.contains(model)) {
            throw new SdlError(198, "model " + model + " not supported; use " + String.join(", ", ModelFit.MODELS));
        }
    }

    static Design design(Dataset data, String depvar, List<String> terms, boolean[] mask) {
        try {
            return new DesignBuilder(data).depvar(depvar).terms(terms).mask(mask).build();
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
    }

    static EstimationResult fit(String model, Design d, VceSpec vce, List<String> notes) {
        try {
            return ModelFit.fit(model, d, vce, notes);
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
    }

    static double coef(EstimationResult r, String name) {
        int j = r.indexOf(name);
        if (j < 0) {
            throw new SdlError(111, name + " not found in the " + r.cmd() + " results");
        }
        return r.b(j);
    }

    static double se(EstimationResult r, String name) {
        return r.se(r.indexOf(name));
    }
}
