package org.sdl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DataSort and Grouping against a plain stable comparator sort of boxed row numbers. */
class DataSortTest {
    private static final String[] WORDS = {"", "k0", "k1", "K1", "k10", "é", "e\u0301", "日本", "\uD83D\uDE00",
        "\uE000", "zz", "a b"};

    /**
     * Every storage type, with ties, negative zero, ., .a and .z, numbers of both signs spanning
     * most of the double range (w has no missing values at all), and strings with the empty
     * string, non-ASCII text and a character outside the basic plane.
     */
    static Dataset data(int n, long seed) {
        Random r = new Random(seed);
        Dataset d = new Dataset();
        d.setObs(n);
        DoubleColumn a = new DoubleColumn("a", n);
        DoubleColumn b = new DoubleColumn("b", n);
        DoubleColumn w = new DoubleColumn("w", n);
        StringColumn s = new StringColumn("s", n);
        LongColumn l = new LongColumn("l", n);
        IntColumn i16 = new IntColumn("i", n);
        ByteColumn i8 = new ByteColumn("y", n);
        FloatColumn f = new FloatColumn("f", n);
        double[] missing = {Missing.DOT, Missing.extended('a'), Missing.extended('z')};
        for (int i = 0; i < n; i++) {
            int u = r.nextInt(10);
            a.set(i, u == 0 ? Missing.DOT : u == 1 ? Missing.extended('b') : u == 2 ? -0.0 : u == 3 ? 0.0 : r.nextInt(5) - 2);
            b.set(i, r.nextInt(4) == 0 ? Missing.extended('a') : r.nextGaussian());
            w.set(i, r.nextInt(3) == 0 ? r.nextInt(3) - 1.0 : r.nextGaussian() * Math.pow(10, r.nextInt(600) - 300));
            s.set(i, WORDS[r.nextInt(WORDS.length)]);
            boolean miss = r.nextInt(6) == 0;
            double m = missing[r.nextInt(3)];
            l.set(i, miss ? m : r.nextInt(7) - 3 + (r.nextBoolean() ? 0 : 1_000_000_000L * (r.nextInt(3) - 1)));
            i16.set(i, miss ? m : r.nextInt(200) - 100);
            i8.set(i, miss ? m : r.nextInt(9) - 4);
            f.set(i, miss ? m : (float) r.nextGaussian());
        }
        for (Column c : List.of(a, b, w, s, l, i16, i8, f)) {
            d.add(c);
        }
        return d;
    }

    /** Stata's string order: by UTF-8 bytes, unsigned. */
    static int compareBytes(String x, String y) {
        byte[] p = x.getBytes(StandardCharsets.UTF_8);
        byte[] q = y.getBytes(StandardCharsets.UTF_8);
        return Arrays.compareUnsigned(p, q);
    }

    private static int[] reference(Dataset d, List<String> keys, boolean[] desc, boolean missingFirst) {
        Integer[] idx = new Integer[d.nObs()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> {
            for (int k = 0; k < keys.size(); k++) {
                Column c = d.column(keys.get(k));
                int cmp;
                boolean descK = desc != null && desc[k];
                if (c instanceof NumericColumn n) {
                    double u = n.get(x) == 0.0 ? 0.0 : n.get(x);
                    double v = n.get(y) == 0.0 ? 0.0 : n.get(y);
                    cmp = Double.compare(u, v);
                    if (cmp != 0 && descK && !missingFirst && Missing.isMissing(u) != Missing.isMissing(v)) {
                        return Missing.isMissing(u) ? 1 : -1;
                    }
                } else {
                    cmp = compareBytes(((StringColumn) c).get(x), ((StringColumn) c).get(y));
                }
                if (cmp != 0) {
                    return descK ? -cmp : cmp;
                }
            }
            return Integer.compare(x, y);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static final List<List<String>> KEY_SETS = List.of(List.of("a"), List.of("b"), List.of("w"),
        List.of("s"), List.of("l"), List.of("i"), List.of("y"), List.of("f"), List.of("a", "s"),
        List.of("s", "a", "b"), List.of("a", "b"), List.of("y", "w"), List.of("l", "s", "f"), List.of("i", "y"));

    @Test
    void ordersMatchAStableComparatorSort() {
        for (int n : new int[] {0, 1, 2, 30, 500, 5000}) {
            Dataset d = data(n, n);
            for (List<String> keys : KEY_SETS) {
                for (boolean[] desc : new boolean[][] {null, {true, false, true}, {false, true, true}, {true, true, false}}) {
                    for (boolean mf : new boolean[] {true, false}) {
                        boolean[] dk = desc == null ? null : Arrays.copyOf(desc, keys.size());
                        assertArrayEquals(reference(d, keys, dk, mf), DataSort.order(d, keys, dk, mf),
                            "n=" + n + " keys=" + keys + " desc=" + Arrays.toString(dk) + " mfirst=" + mf);
                    }
                }
            }
        }
    }

    /** Past the size where radix passes and key fills are split over threads. */
    @Test
    void largeOrdersMatchTooWhenPassesRunInParallel() {
        int n = 300_000;
        Dataset d = data(n, 77);
        for (List<String> keys : List.of(List.of("w"), List.of("l", "b"), List.of("s", "y", "w"))) {
            boolean[] dk = new boolean[keys.size()];
            dk[0] = true;
            assertArrayEquals(reference(d, keys, null, true), DataSort.order(d, keys, null), "keys=" + keys);
            assertArrayEquals(reference(d, keys, dk, false), DataSort.order(d, keys, dk, false), "desc keys=" + keys);
        }
    }

    /** Most rows share one wide value: too big a bucket for bucketing, so the plain LSD order runs. */
    @Test
    void oneDominantWideValueOrdersToo() {
        int n = 600_000;
        Dataset d = data(n, 91);
        DoubleColumn v = new DoubleColumn("v", n);
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            v.set(i, r.nextInt(10) == 0 ? r.nextGaussian() * 1e6 : 1.0);
        }
        d.add(v);
        for (List<String> keys : List.of(List.of("v"), List.of("v", "y"))) {
            assertArrayEquals(reference(d, keys, null, true), DataSort.order(d, keys, null), "keys=" + keys);
        }
    }

    @Test
    void sortedDataKeepsItsOrderAndSortIsStable() {
        Dataset d = data(2000, 5);
        DataSort.sort(d, List.of("i"));
        int[] again = DataSort.order(d, List.of("i"), null);
        for (int k = 0; k < again.length; k++) {
            assertEquals(k, again[k]);
        }
        // ties on i keep the order of the previous sort
        DataSort.sort(d, List.of("w"));
        DataSort.sort(d, List.of("i"));
        NumericColumn i = d.numeric("i");
        NumericColumn w = d.numeric("w");
        for (int k = 1; k < d.nObs(); k++) {
            if (i.get(k - 1) == i.get(k)) {
                double p = w.get(k - 1) == 0.0 ? 0.0 : w.get(k - 1);
                double q = w.get(k) == 0.0 ? 0.0 : w.get(k);
                assertTrue(Double.compare(p, q) <= 0, "row " + k);
            }
        }
    }

    @Test
    void groupingNumbersSelectedKeyCombinationsInSortOrder() {
        Dataset d = data(400, 9);
        boolean[] sel = new boolean[400];
        for (int i = 0; i < sel.length; i++) {
            sel[i] = i % 3 != 0;
        }
        List<String> keys = List.of("s", "a");
        Grouping g = Grouping.of(d, keys, sel);
        int[] perm = DataSort.order(d, keys, null);
        int expect = -1;
        int prev = -1;
        for (int row : perm) {
            if (!sel[row]) {
                assertEquals(-1, g.id(row));
                continue;
            }
            if (prev < 0 || !DataSort.sameKeys(d, keys, prev, row)) {
                expect++;
                assertEquals(row, g.firstRow(expect));
            }
            assertEquals(expect, g.id(row));
            prev = row;
        }
        assertEquals(expect + 1, g.count());
    }
}
