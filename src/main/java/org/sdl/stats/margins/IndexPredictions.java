package org.sdl.stats.margins;

import org.sdl.stats.ml.Link;

/** The predictions of single-index models: the linear index, F(xb), and ordered-outcome probabilities. */
public final class IndexPredictions {
    private IndexPredictions() {}

    private static final int[] NONE = new int[0];

    /** xb itself (regress, ivregress, and predict(xb) after any index model). */
    public static Prediction linear(String label, String option) {
        return new Prediction() {
            @Override public String label() { return label; }
            @Override public String option() { return option; }
            @Override public int[] ancillary() { return NONE; }
            @Override public void eval(double eta, double[] out) {
                out[0] = eta;
                out[1] = 1;
                out[2] = 0;
            }
        };
    }

    /** Pr(y = 1) = F(xb) after logit/probit. */
    public static Prediction probability(Link link, String label, String option) {
        return new Prediction() {
            @Override public String label() { return label; }
            @Override public String option() { return option; }
            @Override public int[] ancillary() { return NONE; }
            @Override public void eval(double eta, double[] out) {
                out[0] = link.cdf(eta);
                out[1] = link.pdf(eta);
                out[2] = link.pdfPrime(eta);
            }
        };
    }

    /**
     * Pr(y = outcome c) = F(cut_c - xb) - F(cut_{c-1} - xb) (c counted from 0; cut_{-1} = -inf,
     * cut_{J-1} = +inf). cutIndex[c] is the position of cut_c in e(b).
     */
    public static Prediction ordered(Link link, int c, int cats, int[] cutIndex, double[] cuts, String label,
                                     String option) {
        boolean hasUpper = c < cats - 1;
        boolean hasLower = c > 0;
        int[] anc = hasUpper && hasLower ? new int[] {cutIndex[c - 1], cutIndex[c]}
            : hasUpper ? new int[] {cutIndex[c]} : new int[] {cutIndex[c - 1]};
        double upperCut = hasUpper ? cuts[c] : 0;
        double lowerCut = hasLower ? cuts[c - 1] : 0;
        return new Prediction() {
            @Override public String label() { return label; }
            @Override public String option() { return option; }
            @Override public int[] ancillary() { return anc; }
            @Override public void eval(double eta, double[] out) {
                double p = 0;
                double d1 = 0;
                double d2 = 0;
                int slot = 3;
                if (hasLower) {
                    double z = lowerCut - eta;
                    double f = link.pdf(z);
                    double fp = link.pdfPrime(z);
                    p -= link.cdf(z);
                    d1 += f;
                    d2 -= fp;
                    out[slot++] = -f;      // d/dcut_{c-1}
                    out[slot++] = fp;      // d2/(deta dcut_{c-1})
                }
                if (hasUpper) {
                    double z = upperCut - eta;
                    double f = link.pdf(z);
                    double fp = link.pdfPrime(z);
                    p += link.cdf(z);
                    d1 -= f;
                    d2 += fp;
                    out[slot++] = f;       // d/dcut_c
                    out[slot] = -fp;       // d2/(deta dcut_c)
                } else {
                    p += 1;
                }
                out[0] = p;
                out[1] = d1;
                out[2] = d2;
            }
        };
    }
}
