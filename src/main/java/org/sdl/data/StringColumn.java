package org.sdl.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A string variable (str# or strL). The empty string is string missing. */
public final class StringColumn extends Column {
    /** Longest str#; longer values need strL. */
    public static final int MAX_STR = 2045;

    private String[] values;
    private int width;
    private boolean strL;

    public StringColumn(String name, int n) {
        super(name);
        values = new String[n];
        Arrays.fill(values, "");
        width = 1;
    }

    public StringColumn(String name, String[] values, boolean strL) {
        super(name);
        this.values = values;
        this.strL = strL;
        this.width = 1;
        for (String v : values) {
            width = Math.max(width, byteLength(v));
        }
    }

    public static int byteLength(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public boolean isMissing(int row) {
        return get(row).isEmpty();
    }

    public String get(int row) {
        return values[row];
    }

    /** Stores s; widens str# as needed (as Stata's replace does) and switches to strL past 2045. */
    public void set(int row, String s) {
        String v = s == null ? "" : s;
        values[row] = v;
        int len = v.length() > width ? byteLength(v) : 0;
        if (len > width) {
            width = len;
            if (width > MAX_STR) {
                strL = true;
            }
        }
    }

    public int width() {
        return width;
    }

    public void setWidth(int width) {
        this.width = Math.max(1, width);
    }

    public boolean isStrL() {
        return strL;
    }

    public void setStrL(boolean strL) {
        this.strL = strL;
    }

    @Override
    public StorageType type() {
        return strL ? StorageType.STRL : StorageType.STR;
    }

    @Override
    public String typeName() {
        return strL ? "strL" : "str" + width;
    }

    @Override
    protected String defaultFormat() {
        return "%" + Math.max(9, Math.min(width, 244)) + "s";
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public StringColumn gather(int[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        StringColumn c = new StringColumn(name(), out, strL);
        c.width = width;
        return withMetaOf(this, c);
    }

    @Override
    public void resize(int n) {
        int old = values.length;
        values = Arrays.copyOf(values, n);
        if (n > old) {
            Arrays.fill(values, old, n, "");
        }
    }

    public String[] raw() {
        return values;
    }
}
