package org.sdl.stats;

/**
 * The variance estimator chosen at fit time: oim/ols (model-based), robust (sandwich), cluster
 * (sandwich over cluster sums) or bootstrap (reps, seed; run on threads, identical for a seed).
 */
public record VceSpec(Kind kind, String clusterVar, int reps, long seed, int threads) {
    public enum Kind { MODEL, ROBUST, CLUSTER, BOOTSTRAP }

    public static VceSpec model() {
        return new VceSpec(Kind.MODEL, null, 0, 0, 1);
    }

    public static VceSpec robust() {
        return new VceSpec(Kind.ROBUST, null, 0, 0, 1);
    }

    public static VceSpec cluster(String var) {
        return new VceSpec(Kind.CLUSTER, var, 0, 0, 1);
    }

    public static VceSpec bootstrap(int reps, long seed, int threads) {
        return new VceSpec(Kind.BOOTSTRAP, null, reps, seed, threads);
    }
}
