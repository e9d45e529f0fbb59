package org.sdl.data;

import java.util.Arrays;

/** A LONG variable stored as a primitive int array with Stata's in-memory missing codes. */
public final class LongColumn extends NumericColumn {
    private int[] values;

    public LongColumn(String name, int n) {
        super(name);
        values = new int[n];
        Arrays.fill(values, Missing.LONG_DOT);
    }

    public LongColumn(String name, int[] values) {
        super(name);
        this.values = values;
    }

    @Override
    public StorageType type() {
        return StorageType.LONG;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public double get(int row) {
        int v = values[row];
        return v >= Missing.LONG_DOT ? Missing.fromCode(v - Missing.LONG_DOT) : v;
    }

    @Override
    public void set(int row, double v) {
        values[row] = Missing.isMissing(v) ? Missing.LONG_DOT + Missing.code(v) : (int) v;
    }

    @Override
    public void resize(int n) {
        int old = values.length;
        values = Arrays.copyOf(values, n);
        if (n > old) {
            Arrays.fill(values, old, n, Missing.LONG_DOT);
        }
    }

    /** The backing array (for bulk readers and writers such as file formats). */
    public int[] raw() {
        return values;
    }

    /** Primitive copy of the selected rows: no conversion to double and back per value. */
    @Override
    public LongColumn gather(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        LongColumn c = new LongColumn(name(), out);
        c.setValueLabel(valueLabel());
        return withMetaOf(this, c);
    }

    @Override
    public void gatherDoubles(int[] rows, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = get(rows[i]);
        }
    }
}
