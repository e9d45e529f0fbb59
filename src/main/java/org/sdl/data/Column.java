package org.sdl.data;

/** A named variable: metadata shared by numeric and string columns. Values live in subclasses. */
public abstract class Column {
    private String name;
    private String label = "";
    private String format;

    protected Column(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label == null ? "" : label;
    }

    /** Display format such as %9.0g; each type has a default. */
    public String format() {
        return format != null ? format : defaultFormat();
    }

    public void setFormat(String format) {
        this.format = format;
    }

    protected abstract String defaultFormat();

    public abstract StorageType type();

    /** Stata's type name: byte, int, long, float, double, str#, strL. */
    public abstract String typeName();

    public abstract int size();

    public boolean isString() {
        return type().isString();
    }

    /** A new column holding rows[i] of this one at position i (sort, keep, subset). */
    public abstract Column gather(int[] rows);

    /** Changes the number of observations; new rows are missing. */
    public abstract void resize(int n);

    /** Copies metadata onto a derived column. */
    protected <C extends Column> C withMetaOf(Column other, C target) {
        ((Column) target).label = other.label;
        ((Column) target).format = other.format;
        return target;
    }
}
