package org.sdl.data;

import java.util.Arrays;

/** A DOUBLE variable stored as a primitive double array with Stata's in-memory missing codes. */
public final class DoubleColumn extends NumericColumn {
    private double[] values;

    public DoubleColumn(String name, int n) {
        super(name);
        values = new double[n];
        Arrays.fill(values, Missing.DOT);
    }

    public DoubleColumn(String name, double[] values) {
        super(name);
        this.values = values;
    }

    @Override
    public StorageType type() {
        return StorageType.DOUBLE;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public double get(int row) {
        double v = values[row];
        return v;
    }

    @Override
    public void set(int row, double v) {
        values[row] = v;
    }

    @Override
    public void resize(int n) {
        int old = values.length;
        values = Arrays.copyOf(values, n);
        if (n > old) {
            Arrays.fill(values, old, n, Missing.DOT);
        }
    }

    @Override
    public void copyTo(double[] dst) {
        System.arraycopy(values, 0, dst, 0, values.length);
    }

    /** The backing array (for bulk readers and writers such as file formats). */
    public double[] raw() {
        return values;
    }

    /** Primitive copy of the selected rows: no conversion to double and back per value. */
    @Override
    public DoubleColumn gather(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        DoubleColumn c = new DoubleColumn(name(), out);
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
