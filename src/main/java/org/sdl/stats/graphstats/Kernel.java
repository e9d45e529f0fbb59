package org.sdl.stats.graphstats;

/**
 * Stata's kernel functions K(u) for kdensity (and lpoly). Each integrates to 1. Stata's
 * epanechnikov is the one rescaled to unit variance, with support |u| &lt; sqrt(5); epan2 is the
 * textbook form 3/4 (1 - u^2) on |u| &lt; 1. Bandwidths multiply u, so for a kernel of variance s^2 the
 * estimate equals R's density(bw = h s) with R's kernel of the same shape.
 */
public enum Kernel {
    EPANECHNIKOV("epanechnikov", Math.sqrt(5)),
    EPAN2("epan2", 1),
    BIWEIGHT("biweight", 1),
    COSINE("cosine", 0.5),
    GAUSSIAN("gaussian", Double.POSITIVE_INFINITY),
    PARZEN("parzen", 1),
    RECTANGLE("rectangle", 1),
    TRIANGLE("triangle", 1);

    private static final double SQRT5 = Math.sqrt(5);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private final String stataName;
    private final double support;

    Kernel(String stataName, double support) {
        this.stataName = stataName;
        this.support = support;
    }

    /** The name Stata reports in r(kernel). */
    public String stataName() {
        return stataName;
    }

    /** Half-width of the support in units of u (infinite for the gaussian). */
    public double support() {
        return support;
    }

    /** K(u). */
    public double weight(double u) {
        double a = Math.abs(u);
        switch (this) {
            case EPANECHNIKOV:
                return a < SQRT5 ? 0.75 * (1 - u * u / 5) / SQRT5 : 0;
            case EPAN2:
                return a < 1 ? 0.75 * (1 - u * u) : 0;
            case BIWEIGHT:
                if (a < 1) {
                    double t = 1 - u * u;
                    return 15.0 / 16 * t * t;
                }
                return 0;
            case COSINE:
                return a < 0.5 ? 1 + Math.cos(2 * Math.PI * u) : 0;
            case GAUSSIAN:
                return INV_SQRT_2PI * Math.exp(-0.5 * u * u);
            case PARZEN:
                if (a <= 0.5) {
                    return 4.0 / 3 - 8 * u * u + 8 * a * a * a;
                }
                if (a <= 1) {
                    double t = 1 - a;
                    return 8.0 / 3 * t * t * t;
                }
                return 0;
            case RECTANGLE:
                return a < 1 ? 0.5 : 0;
            case TRIANGLE:
                return a < 1 ? 1 - a : 0;
            default:
                throw new IllegalStateException();
        }
    }

    /**
     * The kernel named as Stata's kernel() option accepts it: epanechnikov (min ep), epan2 (all 5
     * letters), biweight (bi), cosine, gaussian, parzen, rectangle, triangle (3 letters each); null
     * when the name matches none.
     */
    public static Kernel fromName(String name) {
        String s = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("epan2")) {
            return EPAN2;
        }
        Object[][] table = {
            {"epanechnikov", 2, EPANECHNIKOV}, {"biweight", 2, BIWEIGHT}, {"cosine", 3, COSINE},
            {"gaussian", 3, GAUSSIAN}, {"parzen", 3, PARZEN}, {"rectangle", 3, RECTANGLE}, {"triangle", 3, TRIANGLE},
        };
        for (Object[] row : table) {
            String full = (String) row[0];
            if (s.length() >= (Integer) row[1] && full.startsWith(s)) {
                return (Kernel) row[2];
            }
        }
        return null;
    }
}
