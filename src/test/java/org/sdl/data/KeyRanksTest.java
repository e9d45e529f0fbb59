package org.sdl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Dense key ranks (grouping, merge codes) against a TreeMap of the key tuples. */
class KeyRanksTest {
    /** One key value as the reference orders it: numbers with -0 as 0 (missing are the largest doubles), strings by bytes. */
    private static Object value(Column c, int row) {
        if (c instanceof NumericColumn n) {
            double v = n.get(row);
            return v == 0.0 ? 0.0 : v;
        }
        return ((StringColumn) c).get(row);
    }

    private static final Comparator<List<Object>> TUPLE_ORDER = (p, q) -> {
        for (int k = 0; k < p.size(); k++) {
            Object x = p.get(k);
            Object y = q.get(k);
            int c = x instanceof Double dx ? Double.compare(dx, (Double) y)
                : DataSortTest.compareBytes((String) x, (String) y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Expected ranks: position of each row's tuple among the distinct tuples in a TreeMap. */
    private static int[] reference(List<Dataset> parts, List<String> keys) {
        TreeMap<List<Object>, Integer> distinct = new TreeMap<>(TUPLE_ORDER);
        List<List<Object>> rows = new ArrayList<>();
        for (Dataset d : parts) {
            for (int i = 0; i < d.nObs(); i++) {
                List<Object> t = new ArrayList<>();
                for (String k : keys) {
                    t.add(value(d.column(k), i));
                }
                rows.add(t);
                distinct.put(t, 0);
            }
        }
        int r = 0;
        for (var e : distinct.entrySet()) {
            e.setValue(r++);
        }
        return rows.stream().mapToInt(distinct::get).toArray();
    }

    private static final List<List<String>> KEY_SETS = List.of(List.of("a"), List.of("w"), List.of("s"),
        List.of("l"), List.of("i"), List.of("y"), List.of("f"), List.of("s", "a"), List.of("l", "w"),
        List.of("y", "i", "s"), List.of("a", "b", "f"));

    @Test
    void ranksFollowTheSortOrderOfTheDistinctKeys() {
        for (int n : new int[] {0, 1, 40, 3000, 70_000}) {
            Dataset d = DataSortTest.data(n, n + 3);
            for (List<String> keys : KEY_SETS) {
                KeyRanks r = KeyRanks.of(d, keys);
                int[] expect = reference(List.of(d), keys);
                assertArrayEquals(expect, r.ranks(), "n=" + n + " keys=" + keys);
                assertEquals(java.util.Arrays.stream(expect).max().orElse(-1) + 1, r.count(), "count, keys=" + keys);
            }
        }
    }

    /** Long keys too far apart for an array indexed by value go through the hash table. */
    @Test
    void wideIntegerRangesAndIntegralDoublesAreRankedToo() {
        int n = 5000;
        Random rng = new Random(4);
        Dataset d = new Dataset();
        d.setObs(n);
        LongColumn l = new LongColumn("l", n);
        DoubleColumn x = new DoubleColumn("x", n);
        for (int i = 0; i < n; i++) {
            l.set(i, rng.nextInt(8) == 0 ? Missing.extended('c') : (rng.nextInt(50) - 25) * 80_000_000L);
            x.set(i, rng.nextInt(8) == 0 ? Missing.DOT : rng.nextInt(40) * 1e12 - 3);
        }
        d.add(l);
        d.add(x);
        for (List<String> keys : List.of(List.of("l"), List.of("x"), List.of("x", "l"))) {
            assertArrayEquals(reference(List.of(d), keys), KeyRanks.of(d, keys).ranks(), "keys=" + keys);
        }
    }

    @Test
    void mergeCodesAgreeAcrossDatasetsAndFollowKeyOrder() {
        Dataset master = DataSortTest.data(2000, 1);
        Dataset using = DataSortTest.data(300, 2);
        for (List<String> keys : List.of(List.of("l"), List.of("s", "y"), List.of("a", "i"), List.of("w"))) {
            KeyCodes codes = KeyCodes.of(master, using, keys);
            int[] expect = reference(List.of(master, using), keys);
            int[] got = new int[expect.length];
            System.arraycopy(codes.leftCodes(), 0, got, 0, master.nObs());
            System.arraycopy(codes.rightCodes(), 0, got, master.nObs(), using.nObs());
            assertArrayEquals(expect, got, "keys=" + keys);
        }
    }

    @Test
    void groupingCodesMatchTheReferenceOnSelectedRows() {
        Dataset d = DataSortTest.data(4000, 12);
        boolean[] sel = new boolean[d.nObs()];
        for (int i = 0; i < sel.length; i++) {
            sel[i] = i % 5 != 2;
        }
        List<String> keys = List.of("y", "s");
        Grouping g = Grouping.of(d, keys, sel);
        TreeMap<List<Object>, Integer> firstRow = new TreeMap<>(TUPLE_ORDER);
        for (int i = 0; i < sel.length; i++) {
            if (sel[i]) {
                firstRow.putIfAbsent(List.of(value(d.column("y"), i), value(d.column("s"), i)), i);
            }
        }
        List<List<Object>> order = new ArrayList<>(firstRow.keySet());
        assertEquals(order.size(), g.count());
        for (int i = 0; i < sel.length; i++) {
            int expect = sel[i] ? order.indexOf(List.of(value(d.column("y"), i), value(d.column("s"), i))) : -1;
            assertEquals(expect, g.id(i), "row " + i);
        }
        for (int k = 0; k < order.size(); k++) {
            assertEquals(firstRow.get(order.get(k)), g.firstRow(k));
        }
    }
}
