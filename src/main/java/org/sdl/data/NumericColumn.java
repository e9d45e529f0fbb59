package org.sdl.data;

/**
 * A numeric variable. Values are read and written as doubles in Stata's missing encoding
 * ({@link Missing}); subclasses keep them in a primitive array of their storage type.
 */
public abstract class NumericColumn extends Column {
    private String valueLabel;

    protected NumericColumn(String name) {
        super(name);
    }

    public abstract double get(int row);

    /** Stores v, rounded to the storage type (float precision for float); caller ensures it fits. */
    public abstract void set(int row, double v);

    /** Copies all values into dst (length at least size()). */
    public void copyTo(double[] dst) {
        for (int i = 0, n = size(); i < n; i++) {
            dst[i] = get(i);
        }
    }

    /**
     * out[i] = the value of row rows[i], for i &lt; count. Each storage class implements this one
     * loop so that its own get() is inlined: called through the base class on a mix of column
     * types, get() would be a megamorphic call per row. The bulk reads below go through it.
     */
    public abstract void gatherDoubles(int[] rows, int count, double[] out);

    public final void gatherDoubles(int[] rows, double[] out) {
        gatherDoubles(rows, rows.length, out);
    }

    /** Rows per block of the bulk reads: the scratch arrays stay in the L1/L2 cache. */
    private static final int BLOCK = 4096;

    /** Sets keep[i] to false where row i holds a missing value. */
    public final void clearMissing(boolean[] keep) {
        int[] rows = new int[BLOCK];
        double[] v = new double[BLOCK];
        for (int start = 0; start < keep.length; start += BLOCK) {
            int len = Math.min(BLOCK, keep.length - start);
            for (int k = 0; k < len; k++) {
                rows[k] = start + k;
            }
            gatherDoubles(rows, len, v);
            for (int k = 0; k < len; k++) {
                if (Missing.isMissing(v[k])) {
                    keep[start + k] = false;
                }
            }
        }
    }

    @Override
    public boolean isMissing(int row) {
        return Missing.isMissing(get(row));
    }

    public double[] toDoubles() {
        double[] out = new double[size()];
        copyTo(out);
        return out;
    }

    /** The value-label set attached with {@code label values}, or null. */
    public String valueLabel() {
        return valueLabel;
    }

    public void setValueLabel(String name) {
        this.valueLabel = name;
    }

    @Override
    protected String defaultFormat() {
        switch (type()) {
            case BYTE: return "%8.0g";
            case INT: return "%8.0g";
            case LONG: return "%12.0g";
            case FLOAT: return "%9.0g";
            default: return "%10.0g";
        }
    }

    @Override
    public String typeName() {
        return type().name().toLowerCase();
    }

    /** A new column of the given type with n missing values. */
    public static NumericColumn create(StorageType type, String name, int n) {
        switch (type) {
            case BYTE: return new ByteColumn(name, n);
            case INT: return new IntColumn(name, n);
            case LONG: return new LongColumn(name, n);
            case FLOAT: return new FloatColumn(name, n);
            case DOUBLE: return new DoubleColumn(name, n);
            default: throw new IllegalArgumentException("not a numeric type: " + type);
        }
    }

    /** This column converted to another numeric type (recast / automatic promotion). */
    public NumericColumn convertTo(StorageType type) {
        NumericColumn out = create(type, name(), size());
        for (int i = 0, n = size(); i < n; i++) {
            out.set(i, get(i));
        }
        out.setValueLabel(valueLabel);
        return withMetaOf(this, out);
    }

    @Override
    public NumericColumn gather(int[] rows) {
        NumericColumn out = create(type(), name(), rows.length);
        for (int i = 0; i < rows.length; i++) {
            out.set(i, get(rows[i]));
        }
        out.setValueLabel(valueLabel);
        return withMetaOf(this, out);
    }

    /** Whether every value fits this column's type exactly. */
    public boolean holds(double v) {
        return type().holds(v);
    }
}
