package org.sdl.stats.ml;

import org.apache.commons.math3.special.Erf;

/** The cumulative distribution behind a binary or ordered model: logistic or standard normal. */
public enum Link {
    LOGIT {
        @Override public double cdf(double z) { return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)); }
        @Override public double upper(double z) { return cdf(-z); }
        @Override public double pdf(double z) { double p = cdf(z); return p * (1 - p); }
        @Override public double pdfPrime(double z) { double p = cdf(z); return p * (1 - p) * (1 - 2 * p); }
        @Override public double quantile(double p) { return Math.log(p / (1 - p)); }
    },
    PROBIT {
        private final double invSqrt2Pi = 1 / Math.sqrt(2 * Math.PI);
        @Override public double cdf(double z) { return NormalCdf.cdf(z); }
        @Override public double upper(double z) { return NormalCdf.upper(z); }
        @Override public double pdf(double z) { return invSqrt2Pi * Math.exp(-0.5 * z * z); }
        @Override public double pdfPrime(double z) { return -z * pdf(z); }
        @Override public double quantile(double p) { return -Math.sqrt(2) * Erf.erfcInv(2 * p); }
    };

    public abstract double cdf(double z);

    /** 1 - cdf(z), computed without cancellation. */
    public abstract double upper(double z);

    public abstract double pdf(double z);

    /** Derivative of the density. */
    public abstract double pdfPrime(double z);

    public abstract double quantile(double p);
}
