package org.sdl.stats.margins;

import java.util.List;
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
        return new OrderedOutcome(link, c, cats, cutIndex, cuts.clone(), label, option);
    }

    /** One outcome of an ordered model; {@link Batch} evaluates all outcomes sharing each cutpoint's F, f, f'. */
    static final class OrderedOutcome implements Prediction {
        final Link link;
        final int c;
        final int cats;
        final double[] cuts;
        private final int[] anc;
        private final String label;
        private final String option;

        OrderedOutcome(Link link, int c, int cats, int[] cutIndex, double[] cuts, String label, String option) {
            this.link = link;
            this.c = c;
            this.cats = cats;
            this.cuts = cuts;
            this.label = label;
            this.option = option;
            boolean hasUpper = c < cats - 1;
            boolean hasLower = c > 0;
            anc = hasUpper && hasLower ? new int[] {cutIndex[c - 1], cutIndex[c]}
                : hasUpper ? new int[] {cutIndex[c]} : new int[] {cutIndex[c - 1]};
        }

        @Override public String label() { return label; }
        @Override public String option() { return option; }
        @Override public int[] ancillary() { return anc; }

        @Override public void eval(double eta, double[] out) {
            // one outcome alone (predictnl): no scratch arrays, the cut values in locals
            double lf = 0;
            double lfp = 0;
            double lF = 0;
            double uf = 0;
            double ufp = 0;
            double uF = 1;
            if (c > 0) {
                double z = cuts[c - 1] - eta;
                lF = link.cdf(z);
                lf = link == Link.PROBIT ? link.pdf(z) : lF * (1 - lF);
                lfp = link == Link.PROBIT ? -z * lf : lf * (1 - 2 * lF);
            }
            boolean upper = c < cats - 1;
            if (upper) {
                double z = cuts[c] - eta;
                uF = link.cdf(z);
                uf = link == Link.PROBIT ? link.pdf(z) : uF * (1 - uF);
                ufp = link == Link.PROBIT ? -z * uf : uf * (1 - 2 * uF);
            }
            int slot = 3;
            if (c > 0) {
                out[slot++] = -lf;
                out[slot++] = lfp;
            }
            if (upper) {
                out[slot++] = uf;
                out[slot] = -ufp;
            }
            out[0] = uF - lF;
            out[1] = lf - uf;
            out[2] = ufp - lfp;
        }

        /** F(z), f(z), f'(z) with one exponential for the logistic and two for the normal. */
        static void cutpoint(Link link, double z, double[] v) {
            double f;
            double big = link.cdf(z);
            if (link == Link.PROBIT) {
                f = link.pdf(z);
                v[2] = -z * f;
            } else {
                f = big * (1 - big);
                v[2] = f * (1 - 2 * big);
            }
            v[0] = big;
            v[1] = f;
        }

        /** out from the lower cut's (F, f, f') and the upper cut's. */
        static void fill(int c, int cats, double[] lower, double[] upper, double[] out) {
            double p = 0;
            double d1 = 0;
            double d2 = 0;
            int slot = 3;
            if (c > 0) {
                p -= lower[0];
                d1 += lower[1];
                d2 -= lower[2];
                out[slot++] = -lower[1];   // d/dcut_{c-1}
                out[slot++] = lower[2];    // d2/(deta dcut_{c-1})
            }
            if (c < cats - 1) {
                p += upper[0];
                d1 -= upper[1];
                d2 += upper[2];
                out[slot++] = upper[1];    // d/dcut_c
                out[slot] = -upper[2];     // d2/(deta dcut_c)
            } else {
                p += 1;
            }
            out[0] = p;
            out[1] = d1;
            out[2] = d2;
        }
    }

    /**
     * Evaluates several predictions at one index. For outcomes of one ordered model each cutpoint's
     * F, f and f' are computed once and shared by the two outcomes it bounds (half the
     * exponentials of evaluating the outcomes one by one).
     */
    public static final class Batch {
        private final List<Prediction> preds;
        private final boolean ordered;
        private final double[][] cut;

        public Batch(List<Prediction> preds) {
            this.preds = preds;
            boolean o = !preds.isEmpty();
            Link link = null;
            double[] cuts = null;
            for (Prediction p : preds) {
                if (!(p instanceof OrderedOutcome oo) || (link != null && (oo.link != link
                    || !java.util.Arrays.equals(oo.cuts, cuts)))) {
                    o = false;
                    break;
                }
                link = oo.link;
                cuts = oo.cuts;
            }
            ordered = o;
            cut = ordered ? new double[cuts.length][3] : null;
        }

        /** A copy with its own scratch space (one per thread). */
        public Batch copy() {
            return new Batch(preds);
        }

        public void eval(double eta, double[][] out) {
            if (!ordered) {
                for (int q = 0; q < preds.size(); q++) {
                    preds.get(q).eval(eta, out[q]);
                }
                return;
            }
            OrderedOutcome first = (OrderedOutcome) preds.get(0);
            for (int j = 0; j < cut.length; j++) {
                OrderedOutcome.cutpoint(first.link, first.cuts[j] - eta, cut[j]);
            }
            for (int q = 0; q < preds.size(); q++) {
                OrderedOutcome oo = (OrderedOutcome) preds.get(q);
                OrderedOutcome.fill(oo.c, oo.cats, oo.c > 0 ? cut[oo.c - 1] : null,
                    oo.c < oo.cats - 1 ? cut[oo.c] : null, out[q]);
            }
        }
    }
}
