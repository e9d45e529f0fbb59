package org.sdl.stats.causal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowerBoundNearTest {

    /** The galloping search from any hint finds the same index as a plain binary search. */
    @Test
    void agreesWithBinarySearchFromEveryHint() {
        Random rng = new Random(3);
        for (int n : new int[] {0, 1, 2, 5, 64, 1000}) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = rng.nextInt(Math.max(1, n / 3)); // sorted below, with runs of ties
            }
            Arrays.sort(a);
            for (int q = 0; q < 300; q++) {
                double v = rng.nextInt(Math.max(1, n / 3) + 2) - 1 + (rng.nextBoolean() ? 0.5 : 0);
                int expected = org.sdl.data.SortedArrays.lowerBound(a, v);
                for (int hint = -1; hint <= n + 1; hint += Math.max(1, n / 50)) {
                    assertEquals(expected, Matching.lowerBoundNear(a, v, hint),
                        "n=" + n + " v=" + v + " hint=" + hint);
                }
            }
        }
    }
}
