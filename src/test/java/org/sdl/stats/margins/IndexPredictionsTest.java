package org.sdl.stats.margins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdl.stats.ml.Link;

/**
 * The analytic derivatives margins relies on, checked against central differences of the
 * predictions themselves (expected values: numerical derivatives, independent of the formulas).
 */
class IndexPredictionsTest {
    private static final double H = 1e-5;

    @Test
    void orderedOutcomeDerivativesMatchFiniteDifferences() {
        for (Link link : Link.values()) {
            double[] cuts = {-1.2, -0.3, 0.4, 1.5};
            int[] idx = {10, 11, 12, 13};
            for (int c = 0; c < 5; c++) {
                Prediction p = IndexPredictions.ordered(link, c, 5, idx, cuts, "", "");
                double eta = 0.37;
                double[] out = new double[7];
                p.eval(eta, out);
                double[] up = new double[7];
                double[] dn = new double[7];
                p.eval(eta + H, up);
                p.eval(eta - H, dn);
                assertEquals((up[0] - dn[0]) / (2 * H), out[1], 1e-8, link + " dP/deta outcome " + c);
                assertEquals((up[1] - dn[1]) / (2 * H), out[2], 1e-8, link + " d2P/deta2 outcome " + c);
                int[] anc = p.ancillary();
                for (int a = 0; a < anc.length; a++) {
                    int cutPos = anc[a] - 10;
                    double[] cu = cuts.clone();
                    double[] cd = cuts.clone();
                    cu[cutPos] += H;
                    cd[cutPos] -= H;
                    double[] pu = new double[7];
                    double[] pd = new double[7];
                    IndexPredictions.ordered(link, c, 5, idx, cu, "", "").eval(eta, pu);
                    IndexPredictions.ordered(link, c, 5, idx, cd, "", "").eval(eta, pd);
                    assertEquals((pu[0] - pd[0]) / (2 * H), out[3 + 2 * a], 1e-8, link + " dP/dcut outcome " + c);
                    assertEquals((pu[1] - pd[1]) / (2 * H), out[4 + 2 * a], 1e-8, link + " d2P/deta dcut " + c);
                }
            }
        }
    }

    @Test
    void batchOfOrderedOutcomesEqualsOneByOne() {
        double[] cuts = {-1.0, 0.2, 1.1};
        int[] idx = {3, 4, 5};
        List<Prediction> preds = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            preds.add(IndexPredictions.ordered(Link.PROBIT, c, 4, idx, cuts, "", ""));
        }
        double[][] batch = new double[4][7];
        new IndexPredictions.Batch(preds).eval(0.55, batch);
        double sum = 0;
        for (int c = 0; c < 4; c++) {
            double[] one = new double[7];
            preds.get(c).eval(0.55, one);
            for (int s = 0; s < 7; s++) {
                assertEquals(one[s], batch[c][s], 1e-15);
            }
            sum += one[0];
        }
        assertEquals(1.0, sum, 1e-15); // the outcome probabilities add up to one
    }

    @Test
    void binaryProbabilityDerivatives() {
        for (Link link : Link.values()) {
            Prediction p = IndexPredictions.probability(link, "", "");
            double[] out = new double[3];
            double[] up = new double[3];
            double[] dn = new double[3];
            p.eval(-0.8, out);
            p.eval(-0.8 + H, up);
            p.eval(-0.8 - H, dn);
            assertEquals((up[0] - dn[0]) / (2 * H), out[1], 1e-9);
            assertEquals((up[1] - dn[1]) / (2 * H), out[2], 1e-9);
        }
    }
}
