package org.sdl.output.excel;

import java.util.Locale;
import org.sdl.data.DataException;

/**
 * A cell or a rectangle of cells in Excel's A1 notation (0-based rows and columns inside):
 * "B3", "$B$3", "A1:D1". The limits are those of .xlsx (1,048,576 rows, 16,384 columns, XFD).
 */
public record CellRange(int firstRow, int firstCol, int lastRow, int lastCol) {
    public static final int MAX_ROWS = 1_048_576;
    public static final int MAX_COLS = 16_384;

    public static CellRange cell(int row, int col) {
        return new CellRange(row, col, row, col);
    }

    public boolean single() {
        return firstRow == lastRow && firstCol == lastCol;
    }

    /** Parses "A1" or "A1:C4" (either corner order); anything else is r(198). */
    public static CellRange parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            int[] c = corner(t, text);
            return cell(c[0], c[1]);
        }
        int[] a = corner(t.substring(0, colon), text);
        int[] b = corner(t.substring(colon + 1), text);
        return new CellRange(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    }

    /** True when text looks like a cell or range (used to split "A1 = exp B1 = exp"). */
    public static boolean looksLike(String text) {
        return text.matches("(?i)\\$?[A-Z]{1,3}\\$?[0-9]{1,7}(:\\$?[A-Z]{1,3}\\$?[0-9]{1,7})?");
    }

    private static int[] corner(String s, String whole) {
        String t = s.strip().replace("$", "").toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && t.charAt(i) >= 'A' && t.charAt(i) <= 'Z') {
            i++;
        }
        if (i == 0 || i > 3 || i == t.length() || !t.substring(i).matches("[0-9]{1,7}")) {
            throw new DataException(198, "invalid cell reference " + whole.strip());
        }
        int col = 0;
        for (int k = 0; k < i; k++) {
            col = col * 26 + (t.charAt(k) - 'A' + 1);
        }
        long row = Long.parseLong(t.substring(i));
        if (row < 1 || row > MAX_ROWS || col > MAX_COLS) {
            throw new DataException(198, "invalid cell reference " + whole.strip() + ": outside the worksheet (XFD1048576)");
        }
        return new int[] {(int) row - 1, col - 1};
    }

    /** The column letters of a 0-based column index (0 = A, 26 = AA). */
    public static String columnName(int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** This range moved down by rows and right by cols, one cell wide/high as given. */
    public CellRange offset(int rows, int cols) {
        return cell(firstRow + rows, firstCol + cols);
    }

    @Override
    public String toString() {
        String a = columnName(firstCol) + (firstRow + 1);
        return single() ? a : a + ":" + columnName(lastCol) + (lastRow + 1);
    }
}
