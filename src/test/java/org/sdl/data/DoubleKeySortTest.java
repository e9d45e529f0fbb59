package org.sdl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoubleKeySortTest {

    /** Same order as a stable comparator sort by Double.compare, ties by index, both directions. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 100, 5_000})
    void matchesComparatorSort(int n) {
        Random rng = new Random(n + 11L);
        double[] key = new double[n];
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-300, -1e-300, 0.5};
        for (int i = 0; i < n; i++) {
            int kind = rng.nextInt(4);
            key[i] = kind == 0 ? specials[rng.nextInt(specials.length)]
                : kind == 1 ? rng.nextInt(5) // many ties
                : rng.nextGaussian() * 1e3;
        }
        for (boolean descending : new boolean[] {false, true}) {
            int[] rows = IntStream.range(0, n).filter(i -> i % 3 != 1).toArray();
            Integer[] expected = Arrays.stream(rows).boxed().toArray(Integer[]::new);
            Arrays.sort(expected, (a, b) -> {
                int s = Double.compare(key[a], key[b]);
                return descending ? -s : s; // Arrays.sort on objects is stable: ties by index
            });
            DoubleKeySort.sort(rows, key, descending);
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), rows,
                "n=" + n + " descending=" + descending);
        }
    }
}
