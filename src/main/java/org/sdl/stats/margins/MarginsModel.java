package org.sdl.stats.margins;

import java.util.List;

/**
 * What a fitted model supplies to margins (and predictnl-style delta-method code): its
 * predictions as functions of the linear index with analytic derivatives. A new estimator joins
 * margins by implementing this and registering in {@link MarginsModels#of}.
 */
public interface MarginsModel {
    /** The predictions margins reports without predict(): one, or one per outcome (Stata 14+). */
    List<Prediction> defaults();

    /**
     * The prediction named by predict(...)'s contents ("xb", "pr", "outcome(4)", "pr outcome(#2)").
     * Throws DataException 303 for an outcome the model does not have, 198 for an unknown one.
     */
    Prediction named(String spec);
}
