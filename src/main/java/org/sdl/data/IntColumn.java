package org.sdl.data;

import java.util.Arrays;

/** A INT variable stored as a primitive short array with Stata's in-memory missing codes. */
public final class IntColumn extends NumericColumn {
    private short[] values;

    public IntColumn(String name, int n) {
        super(name);
        values = new short[n];
        Arrays.fill(values, Missing.INT_DOT);
    }

    public IntColumn(String name, short[] values) {
        super(name);
        this.values = values;
    }

    @Override
    public StorageType type() {
        return StorageType.INT;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public double get(int row) {
        short v = values[row];
        return v >= Missing.INT_DOT ? Missing.fromCode(v - Missing.INT_DOT) : v;
    }

    @Override
    public void set(int row, double v) {
        values[row] = Missing.isMissing(v) ? (short) (Missing.INT_DOT + Missing.code(v)) : (short) v;
    }

    @Override
    public void resize(int n) {
        int old = values.length;
        values = Arrays.copyOf(values, n);
        if (n > old) {
            Arrays.fill(values, old, n, Missing.INT_DOT);
        }
    }

    /** The backing array (for bulk readers and writers such as file formats). */
    public short[] raw() {
        return values;
    }

    /** Primitive copy of the selected rows: no conversion to double and back per value. */
    @Override
    public IntColumn gather(int[] rows) {
        short[] out = new short[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        IntColumn c = new IntColumn(name(), out);
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
