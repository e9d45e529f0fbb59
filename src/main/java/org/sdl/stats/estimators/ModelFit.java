package org.sdl.stats.estimators;

import java.util.List;
import org.sdl.data.DataException;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.ml.Link;

/** Fits a model named as in Stata (regress, logit, probit, ologit, oprobit) on a design. */
public final class ModelFit {
    private ModelFit() {}

    public static final List<String> MODELS = List.of("regress", "logit", "probit", "ologit", "oprobit");

    public static EstimationResult fit(String model, Design d, VceSpec vce, List<String> notes) {
        switch (model) {
            case "regress": return Regression.fit(d, vce);
            case "logit": return BinaryChoice.fit(Link.LOGIT, d, vce, 300, notes);
            case "probit": return BinaryChoice.fit(Link.PROBIT, d, vce, 300, notes);
            case "ologit": return OrderedChoice.fit(Link.LOGIT, d, vce, 300, notes);
            case "oprobit": return OrderedChoice.fit(Link.PROBIT, d, vce, 300, notes);
            default: throw new DataException(198, "model " + model + " not supported; use " + String.join(", ", MODELS));
        }
    }
}
