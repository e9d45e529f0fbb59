package org.sdl.stats.ml;

/**
 * The standard normal distribution function in double precision without special-function
 * iterations: Hart's (1968) rational approximation in the form given by G. West, "Better
 * approximations to cumulative normal functions" (Wilmott, 2005). Each tail is computed
 * directly, so both Phi(z) and 1 - Phi(z) keep full relative precision far into the tails.
 * It is several times faster than erfc from Commons Math, which matters inside likelihoods
 * evaluated over millions of observations.
 */
public final class NormalCdf {
    private NormalCdf() {}

    private static final double SQRT_2PI = 2.5066282746310002;

    /** Phi(x). */
    public static double cdf(double x) {
        double t = lowerTail(Math.abs(x));
        return x > 0 ? 1 - t : t;
    }

    /** 1 - Phi(x), without cancellation for large x. */
    public static double upper(double x) {
        double t = lowerTail(Math.abs(x));
        return x < 0 ? 1 - t : t;
    }

    /** phi(z) / Phi(z) given Phi(z) already computed (the probit score's inverse Mills ratio). */
    public static double densityOverCdf(double z, double cdf) {
        return Math.exp(-0.5 * z * z) / SQRT_2PI / cdf;
    }

    /** Phi(-a) for a &gt;= 0. */
    private static double lowerTail(double a) {
        if (a > 37) {
            return 0;
        }
        double e = Math.exp(-a * a / 2);
        if (a < 7.07106781186547) {
            double num = 3.52624965998911e-02 * a + 0.700383064443688;
            num = num * a + 6.37396220353165;
            num = num * a + 33.912866078383;
            num = num * a + 112.079291497871;
            num = num * a + 221.213596169931;
            num = num * a + 220.206867912376;
            double den = 8.83883476483184e-02 * a + 1.75566716318264;
            den = den * a + 16.064177579207;
            den = den * a + 86.7807322029461;
            den = den * a + 296.564248779674;
            den = den * a + 637.333633378831;
            den = den * a + 793.826512519948;
            den = den * a + 440.413735824752;
            return e * num / den;
        }
        double b = a + 0.65;
        b = a + 4 / b;
        b = a + 3 / b;
        b = a + 2 / b;
        b = a + 1 / b;
        return e / b / SQRT_2PI;
    }
}
