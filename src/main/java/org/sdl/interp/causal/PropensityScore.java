package org.sdl.interp.causal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.design.DesignBuilder;
import org.sdl.stats.estimators.BinaryChoice;
import org.sdl.stats.ml.BinaryModel;
import org.sdl.stats.ml.Link;
import org.sdl.stats.ml.NewtonRaphson;

/** The propensity score of psmatch: probit (or logit) of treatment on covariates, polished to full precision. */
record PropensityScore(double[] score, Map<String, Object> coefficients, EstimationResult model) {

    /** Sample: if/in and nonmissing treatment, covariates and outcomes; treatment must be 0/1. */
    static Design design(Dataset data, String treat, List<String> covs, List<String> outcomes, boolean[] mask) {
        Design d;
        try {
            d = new DesignBuilder(data).depvar(treat).terms(covs).alsoRequire(outcomes).mask(mask).build();
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        for (double v : d.y()) {
            if (v != 0 && v != 1) {
                throw new SdlError(450, treat + " is not a 0/1 variable");
            }
        }
        return d;
    }

    static PropensityScore fit(Design d, boolean logit, Dataset data, String pscoreVar) {
        if (pscoreVar != null && data != null) {
            NumericColumn c = data.numeric(pscoreVar);
            double[] s = new double[d.n()];
            for (int i = 0; i < s.length; i++) {
                s[i] = c.get(d.rows()[i]);
            }
            return new PropensityScore(s, new LinkedHashMap<>(), null);
        }
        Link link = logit ? Link.LOGIT : Link.PROBIT;
        EstimationResult r;
        try {
            r = BinaryChoice.fit(link, d, VceSpec.model(), 300, new ArrayList<>());
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        int[] est = d.estimable();
        double[][] x = new double[est.length][];
        double[] theta = new double[est.length];
        for (int a = 0; a < est.length; a++) {
            x[a] = d.x()[est[a]];
            theta[a] = r.b(est[a]);
        }
        BinaryModel m = new BinaryModel(link, d.y(), x, d.weights());
        theta = NewtonRaphson.polish(m, theta, 8);
        double[] xb = m.linearPredictor(theta);
        double[] score = new double[xb.length];
        for (int i = 0; i < xb.length; i++) {
            score[i] = link.cdf(xb[i]);
        }
        Map<String, Object> coef = new LinkedHashMap<>();
        for (int a = 0; a < est.length; a++) {
            coef.put(d.names().get(est[a]), theta[a]);
        }
        return new PropensityScore(score, coef, r);
    }
}
