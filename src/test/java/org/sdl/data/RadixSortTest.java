package org.sdl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The radix engine against a stable comparator sort of the same unsigned images. */
class RadixSortTest {
    @ParameterizedTest
    @CsvSource({"0, 5", "1, 5", "50, 3", "1000, 1", "1000, 11", "1000, 12", "5000, 33", "5000, 64",
        "200000, 10", "200000, 64"})
    void ordersRowsByUnsignedImagesStably(int n, int bits) {
        Random rng = new Random(n * 31L + bits);
        long max = bits == 64 ? -1L : (1L << bits) - 1;
        long[] image = new long[n];
        for (int i = 0; i < n; i++) {
            // few distinct values half the time, so there are ties to keep in order
            image[i] = rng.nextBoolean() ? rng.nextLong() & max : (rng.nextInt(4) * 0x0101010101010101L) & max;
        }
        Integer[] expect = new Integer[n];
        Arrays.setAll(expect, i -> i);
        long[] original = image.clone();
        Arrays.sort(expect, (a, b) -> Long.compareUnsigned(original[a], original[b]));
        int[] rows = RadixSort.identity(n);
        new RadixSort(n).sort(rows, image, max);
        assertArrayEquals(Arrays.stream(expect).mapToInt(Integer::intValue).toArray(), rows);
        long[] followed = new long[n];
        Arrays.setAll(followed, k -> original[rows[k]]);
        assertArrayEquals(followed, image, "each image moves with its row");
    }
}
