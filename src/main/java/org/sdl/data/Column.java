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

    /** Whether row holds a missing value: ., .a-.z for numbers, "" for strings (as Stata's missing()). */
    public abstract boolean isMissing(int row);

    public boolean isString() {
        return type().isString();
    }

    /** A new column holding rows[i] of this one at position i (sort, keep, subset). */
    public abstract Column gather(int[] rows);

    /**
     * As {@link #gather}, but a negative row gives a missing value (unmatched rows of a merge).
     * Gathers in bulk, then blanks the few unmatched rows.
     */
    public Column gatherOrMissing(int[] rows) {
        int unmatched = 0;
        for (int r : rows) {
            if (r < 0) {
                unmatched++;
            }
        }
        if (unmatched == 0) {
            return gather(rows);
        }
        if (size() == 0) {
            Column empty = isString() ? new StringColumn(name, rows.length)
                : NumericColumn.create(type(), name, rows.length);
            if (empty instanceof NumericColumn e) {
                e.setValueLabel(((NumericColumn) this).valueLabel());
            }
            return withMetaOf(this, empty);
        }
        int[] safe = rows.clone();
        for (int r = 0; r < safe.length; r++) {
            safe[r] = Math.max(safe[r], 0);
        }
        Column g = gather(safe);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] < 0) {
                if (g instanceof NumericColumn n) {
                    n.set(r, Missing.DOT);
                } else {
                    ((StringColumn) g).set(r, "");
                }
            }
        }
        return g;
    }

    /** Changes the number of observations; new rows are missing. */
    public abstract void resize(int n);

    /** Copies metadata onto a derived column. */
    protected <C extends Column> C withMetaOf(Column other, C target) {
        ((Column) target).label = other.label;
        ((Column) target).format = other.format;
        return target;
    }
}
