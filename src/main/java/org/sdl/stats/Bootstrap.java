package org.sdl.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Nonparametric bootstrap of a coefficient vector. Replicate r draws its resample from its own
 * generator seeded by (seed, r), and results are combined in replicate order, so the variance
 * is bit-identical whatever the number of threads. Clustered data resample whole clusters.
 */
public final class Bootstrap {
    private Bootstrap() {}

    /** Replicates that failed (e.g. did not converge) are skipped, as Stata reports them missing. */
    public record Result(double[][] v, int successful) {}

    /**
     * @param n observations; @param cluster cluster ids or null; @param g clusters
     * @param estimate maps resampled observation indices to coefficients (null when it fails)
     */
    public static Result run(int n, int[] cluster, int g, int reps, long seed, int threads,
                             Function<int[], double[]> estimate) {
        int[][] members = cluster == null ? null : members(cluster, g);
        double[][] draws = new double[reps][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                final int rep = r;
                fs.add(pool.submit(() -> {
                    MersenneTwister rng = new MersenneTwister(new int[] {(int) seed, (int) (seed >>> 32), rep, 0x5d1});
                    int[] idx = members == null ? simple(n, rng) : clustered(members, rng);
                    try {
                        draws[rep] = estimate.apply(idx);
                    } catch (RuntimeException e) {
                        draws[rep] = null;
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bootstrap interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bootstrap replicate failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int k = -1;
        int ok = 0;
        for (double[] d : draws) {
            if (d != null) {
                k = d.length;
                ok++;
            }
        }
        if (ok < 2) {
            return new Result(null, ok);
        }
        double[] mean = new double[k];
        for (double[] d : draws) {
            if (d != null) {
                for (int j = 0; j < k; j++) {
                    mean[j] += d[j];
                }
            }
        }
        for (int j = 0; j < k; j++) {
            mean[j] /= ok;
        }
        double[][] v = new double[k][k];
        for (double[] d : draws) {
            if (d == null) {
                continue;
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b <= a; b++) {
                    v[a][b] += (d[a] - mean[a]) * (d[b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                v[a][b] /= ok - 1;
                v[b][a] = v[a][b];
            }
        }
        return new Result(v, ok);
    }

    private static int[] simple(int n, MersenneTwister rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = rng.nextInt(n);
        }
        return idx;
    }

    private static int[][] members(int[] cluster, int g) {
        int[] count = new int[g];
        for (int c : cluster) {
            count[c]++;
        }
        int[][] m = new int[g][];
        for (int c = 0; c < g; c++) {
            m[c] = new int[count[c]];
        }
        int[] fill = new int[g];
        for (int i = 0; i < cluster.length; i++) {
            m[cluster[i]][fill[cluster[i]]++] = i;
        }
        return m;
    }

    private static int[] clustered(int[][] members, MersenneTwister rng) {
        int g = members.length;
        List<int[]> picked = new ArrayList<>();
        int total = 0;
        for (int c = 0; c < g; c++) {
            int[] m = members[rng.nextInt(g)];
            picked.add(m);
            total += m.length;
        }
        int[] idx = new int[total];
        int p = 0;
        for (int[] m : picked) {
            System.arraycopy(m, 0, idx, p, m.length);
            p += m.length;
        }
        return idx;
    }
}
