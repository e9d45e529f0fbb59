package org.sdl.stats.causal;

/**
 * psmatch2's matching options. method: NEAREST (k neighbours), KERNEL (kernel weights within
 * bwidth; radius is uniform with bwidth = caliper) or LLR (local-linear smoothing of control
 * outcomes, then nearest-neighbour matching).
 */
public record MatchOptions(Method method, int neighbors, double caliper, Kernel kernel, double bandwidth,
                           boolean common, boolean ties, boolean noReplacement, boolean descending, boolean ate) {

    public enum Method { NEAREST, KERNEL, LLR }

    public enum Kernel { EPAN, NORMAL, BIWEIGHT, UNIFORM, TRICUBE }

    /** psmatch2's kernel weight at distance d with bandwidth h, or NaN outside the window. */
    public double weight(double d, double h) {
        double u = d / h;
        double a = Math.abs(u);
        switch (kernel) {
            case NORMAL: return Math.exp(-0.5 * u * u) / Math.sqrt(2 * Math.PI);
            case EPAN: return a <= 1 ? 1 - u * u : Double.NaN;
            case BIWEIGHT: return a <= 1 ? (1 - u * u) * (1 - u * u) : Double.NaN;
            case UNIFORM: return a <= 1 ? 1 : Double.NaN;
            default: return a <= 1 ? Math.pow(1 - a * a * a, 3) : Double.NaN;
        }
    }

    /** Half-width of the window outside which weights are zero (normal: far enough to be exactly negligible). */
    public double window(double h) {
        return kernel == Kernel.NORMAL ? 40 * h : h;
    }
}
