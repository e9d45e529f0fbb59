package org.sdl.data;

import java.util.Arrays;

/** A BYTE variable stored as a primitive byte array with Stata's in-memory missing codes. */
public final class ByteColumn extends NumericColumn {
    private byte[] values;

    public ByteColumn(String name, int n) {
        super(name);
        values = new byte[n];
        Arrays.fill(values, Missing.BYTE_DOT);
    }

    public ByteColumn(String name, byte[] values) {
        super(name);
        this.values = values;
    }

    @Override
    public StorageType type() {
        return StorageType.BYTE;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public double get(int row) {
        byte v = values[row];
        return v >= Missing.BYTE_DOT ? Missing.fromCode(v - Missing.BYTE_DOT) : v;
    }

    @Override
    public void set(int row, double v) {
        values[row] = Missing.isMissing(v) ? (byte) (Missing.BYTE_DOT + Missing.code(v)) : (byte) v;
    }

    @Override
    public void resize(int n) {
        int old = values.length;
        values = Arrays.copyOf(values, n);
        if (n > old) {
            Arrays.fill(values, old, n, Missing.BYTE_DOT);
        }
    }

    /** The backing array (for bulk readers and writers such as file formats). */
    public byte[] raw() {
        return values;
    }

    /** Primitive copy of the selected rows: no conversion to double and back per value. */
    @Override
    public ByteColumn gather(int[] rows) {
        byte[] out = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        ByteColumn c = new ByteColumn(name(), out);
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
