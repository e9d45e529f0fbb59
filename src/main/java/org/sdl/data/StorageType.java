package org.sdl.data;

/** Stata's storage types. Numeric types carry their range; strings their width (strL: -1). */
public enum StorageType {
    BYTE(-127, 100), INT(-32767, 32740), LONG(-2147483647, 2147483620), FLOAT(0, 0), DOUBLE(0, 0),
    STR(0, 0), STRL(0, 0);

    private final long min;
    private final long max;

    StorageType(long min, long max) {
        this.min = min;
        this.max = max;
    }

    public boolean isString() {
        return this == STR || this == STRL;
    }

    public boolean isInteger() {
        return this == BYTE || this == INT || this == LONG;
    }

    /** Whether a (non-missing) value can be stored exactly in this type. */
    public boolean holds(double v) {
        if (Missing.isMissing(v)) {
            return true;
        }
        switch (this) {
            case BYTE: case INT: case LONG:
                return v == Math.rint(v) && v >= min && v <= max;
            case FLOAT:
                return (double) (float) v == v || Math.abs(v) < 1.7e38;
            case DOUBLE:
                return true;
            default:
                return false;
        }
    }

    /** Rank used when a value forces a wider type (Stata's automatic promotion on replace). */
    public int width() {
        return ordinal();
    }

    /** The narrowest numeric type at least as wide as this one that holds v exactly. */
    public StorageType promoteFor(double v) {
        if (holds(v)) {
            return this;
        }
        if (v == Math.rint(v)) {
            for (StorageType t : new StorageType[] {INT, LONG}) {
                if (t.width() > width() && t.holds(v)) {
                    return t;
                }
            }
        }
        if (this.width() < FLOAT.width() && (double) (float) v == v) {
            return FLOAT;
        }
        return DOUBLE;
    }

    public static StorageType parse(String name) {
        switch (name) {
            case "byte": return BYTE;
            case "int": return INT;
            case "long": return LONG;
            case "float": return FLOAT;
            case "double": return DOUBLE;
            case "strL": return STRL;
            default:
                if (name.matches("str[0-9]+")) {
                    return STR;
                }
                return null;
        }
    }
}
