package org.sdl.data.io;

import org.sdl.data.NumericColumn;

/** The delimited reader's number parsing and type narrowing, for destring and friends. */
public final class CsvReaderAccess {
    private CsvReaderAccess() {}

    /** A cell as a number; missing for "", ".", "NA" (.a-.z for ".a".. ".z"); NaN when not a number. */
    public static double number(String cell) {
        return CsvCells.number(cell);
    }

    /** Narrowest integer type holding every value, else double. */
    public static NumericColumn narrow(String name, double[] values) {
        return CsvCells.narrow(name, values, false);
    }
}
