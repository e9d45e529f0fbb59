package org.sdl.stats.estimators;

import org.sdl.stats.ml.LikelihoodModel;

/** A model with other start values than its own (e.g. the constant-only solution). */
final class StartedModel implements LikelihoodModel {
    private final LikelihoodModel inner;
    private final double[] start;

    StartedModel(LikelihoodModel inner, double[] start) {
        this.inner = inner;
        this.start = start;
    }

    @Override public int dim() { return inner.dim(); }
    @Override public double[] start() { return start.clone(); }
    @Override public double evaluate(double[] t, double[] g, double[][] h) { return inner.evaluate(t, g, h); }
    @Override public void scores(double[] t, ScoreSink s) { inner.scores(t, s); }
    @Override public double[][] scoreCrossProduct(double[] t, double[] f) { return inner.scoreCrossProduct(t, f); }
}
