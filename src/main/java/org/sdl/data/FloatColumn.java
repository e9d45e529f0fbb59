package org.sdl.data;

import java.util.Arrays;

/** A FLOAT variable stored as a primitive float array with Stata's in-memory missing codes. */
public final class FloatColumn extends NumericColumn {
    private float[] values;

    public FloatColumn(String name, int n) {
        super(name);
        values = new float[n];
        Arrays.fill(values, Missing.FLOAT_DOT);
    }

    public FloatColumn(String name, float[] values) {
        super(name);
        this.values = values;
    }

    @Override
    public StorageType type() {
        return StorageType.FLOAT;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public double get(int row) {
        float v = values[row];
        return v >= Missing.FLOAT_DOT ? Missing.fromFloatBits(v) : v;
    }

    @Override
    public void set(int row, double v) {
        values[row] = Missing.toFloatStorage(v);
    }

    @Override
    public void resize(int n) {
        int old = values.length;
        values = Arrays.copyOf(values, n);
        if (n > old) {
            Arrays.fill(values, old, n, Missing.FLOAT_DOT);
        }
    }

    /** The backing array (for bulk readers and writers such as file formats). */
    public float[] raw() {
        return values;
    }

    /** Primitive copy of the selected rows: no conversion to double and back per value. */
    @Override
    public FloatColumn gather(int[] rows) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        FloatColumn c = new FloatColumn(name(), out);
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
