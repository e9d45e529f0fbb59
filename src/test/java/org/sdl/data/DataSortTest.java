package org.sdl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DataSort and Grouping against a plain comparator sort of boxed row numbers. */
class DataSortTest {
    private static Dataset data(int n, long seed) {
        Random r = new Random(seed);
        Dataset d = new Dataset();
        d.setObs(n);
        DoubleColumn a = new DoubleColumn("a", n);
        DoubleColumn b = new DoubleColumn("b", n);
        StringColumn s = new StringColumn("s", n);
        for (int i = 0; i < n; i++) {
            int u = r.nextInt(10);
            a.set(i, u == 0 ? Missing.DOT : u == 1 ? Missing.extended('b') : u == 2 ? -0.0 : u == 3 ? 0.0 : r.nextInt(5) - 2);
            b.set(i, r.nextInt(4) == 0 ? Missing.extended('a') : r.nextGaussian());
            s.set(i, r.nextInt(5) == 0 ? "" : "k" + r.nextInt(6));
        }
        d.add(a);
        d.add(b);
        d.add(s);
        return d;
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
                    cmp = ((StringColumn) c).get(x).compareTo(((StringColumn) c).get(y));
                }
                if (cmp != 0) {
                    return descK ? -cmp : cmp;
                }
            }
            return Integer.compare(x, y);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void ordersMatchAStableComparatorSort() {
        for (int n : new int[] {0, 1, 2, 30, 500, 5000}) {
            Dataset d = data(n, n);
            for (List<String> keys : List.of(List.of("a"), List.of("b"), List.of("s"), List.of("a", "s"),
                List.of("s", "a", "b"), List.of("a", "b"))) {
                for (boolean[] desc : new boolean[][] {null, {true, false, true}, {false, true, true}}) {
                    for (boolean mf : new boolean[] {true, false}) {
                        boolean[] dk = desc == null ? null : Arrays.copyOf(desc, keys.size());
                        assertArrayEquals(reference(d, keys, dk, mf), DataSort.order(d, keys, dk, mf),
                            "n=" + n + " keys=" + keys + " desc=" + Arrays.toString(dk) + " mfirst=" + mf);
                    }
                }
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
