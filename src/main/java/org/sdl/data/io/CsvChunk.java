package org.sdl.data.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;

/**
 * The records of one stretch of a delimited file, column by column. FastCSV hands each field over
 * as a slice of its char buffer; numeric cells are parsed from that slice into a growing column of
 * the narrowest type that holds them so far (byte, widened to int, long or double when a value
 * needs it), so no String is made for them and a byte column takes one byte a row, not eight. A
 * column stays numeric until a cell is not a number;
 * from that row on its cells are kept as text (textFrom), and the rows before it are read again as
 * text later if the column ends up a string (see {@link CsvAssembly}).
 *
 * Rows are counted as Stata counts them: empty lines are skipped, the header record (when
 * skipHeader) is not a data row, and only data rows firstRow..lastRow (1-based) are kept. Reading
 * stops at lastRow by throwing {@link #STOP}, because FastCSV offers no other way out of a parse.
 */
final class CsvChunk extends AbstractBaseCsvCallbackHandler<Object> {
    /** Thrown (without a stack trace) to end the parse once lastRow is stored. */
    static final RuntimeException STOP = new RuntimeException("last row reached", null, false, false) {};

    private final int k;
    private final boolean[] numericOnly;
    private final boolean[] skip;
    private final long firstRow;
    private final long lastRow;
    private boolean headerPending;

    private final NumericColumn[] nums;
    private final String[][] text;
    private final int[] textFrom;
    private int cap;
    private int n;
    private long dataRow;
    private long line;
    private boolean empty;
    private int ragged;
    private long firstRaggedLine = -1;

    /**
     * k columns; textCols are read as text from the first row (stringcols(), or a second look at
     * rows whose text was not kept); numericOnly turns text that is not a number into '.'
     * (numericcols()); skip columns are not stored at all. capacity is a guess at the row count.
     */
    CsvChunk(int k, boolean[] textCols, boolean[] numericOnly, boolean[] skip, boolean skipHeader, long firstRow,
             long lastRow, int capacity) {
        this.k = k;
        this.numericOnly = numericOnly;
        this.skip = skip;
        this.headerPending = skipHeader;
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        cap = Math.max(16, capacity);
        nums = new NumericColumn[k]; // made at the first value, in that value's type
        text = new String[k][];
        textFrom = new int[k];
        for (int j = 0; j < k; j++) {
            if (textCols[j] && !skip[j]) {
                text[j] = new String[cap];
            } else {
                textFrom[j] = -1;
            }
        }
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber;
        empty = false;
    }

    @Override
    protected void handleEmpty() {
        empty = true;
    }

    @Override
    protected void handleField(int j, char[] buf, int off, int len, boolean quoted) {
        if (j >= k || headerPending || dataRow + 1 < firstRow || skip[j]) {
            return;
        }
        if (n == cap) {
            grow();
        }
        if (textFrom[j] < 0) {
            double v = CsvCells.number(buf, off, len);
            if (v == v) {
                store(j, v);
                return;
            }
            if (numericOnly[j]) {
                store(j, Missing.DOT); // numericcols(): text that is not a number is missing
                return;
            }
            becomeText(j);
        }
        text[j][n] = new String(buf, off, len);
    }

    /** Stores v in row n of numeric column j, widening the column first when v does not fit. */
    private void store(int j, double v) {
        NumericColumn c = nums[j];
        if (c == null) {
            c = CsvAssembly.allocate(CsvCells.widen(StorageType.BYTE, v), "", cap);
            nums[j] = c;
        } else {
            StorageType t = c.type();
            if (t != StorageType.DOUBLE && !t.holds(v)) {
                c = c.convertTo(CsvCells.widen(t, v));
                nums[j] = c;
            }
        }
        c.set(n, v);
    }

    @Override
    protected Object buildRecord() {
        if (empty) {
            return null;
        }
        if (headerPending) {
            headerPending = false;
            return null;
        }
        dataRow++;
        if (dataRow < firstRow) {
            return null;
        }
        int fields = getFieldCount();
        if (fields != k) {
            ragged++;
            if (firstRaggedLine < 0) {
                firstRaggedLine = line;
            }
            if (n == cap) {
                grow();
            }
            for (int j = fields; j < k; j++) {
                if (skip[j]) {
                    continue;
                }
                if (textFrom[j] < 0) {
                    store(j, Missing.DOT);
                } else {
                    text[j][n] = "";
                }
            }
        }
        n++;
        if (dataRow >= lastRow) {
            throw STOP;
        }
        return null;
    }

    /** Grows every column by half. */
    private void grow() {
        cap = cap + (cap >> 1) + 16;
        for (int j = 0; j < k; j++) {
            if (nums[j] != null) {
                nums[j].resize(cap);
            }
            if (text[j] != null) {
                text[j] = Arrays.copyOf(text[j], cap);
            }
        }
    }

    /** Column j holds text from the current row on; its numbers so far are no longer needed. */
    private void becomeText(int j) {
        textFrom[j] = n;
        text[j] = new String[cap];
        nums[j] = null;
    }

    /** Data rows kept. */
    int rows() {
        return n;
    }

    /** The row from which column j's text is kept, or -1 while it is numeric. */
    int textFrom(int j) {
        return textFrom[j];
    }

    /**
     * Column j's numbers (rows() of them, then missing up to its capacity), in the narrowest of
     * byte/int/long/double that holds them; null when the chunk has no rows.
     */
    NumericColumn numbers(int j) {
        return nums[j];
    }

    String[] text(int j) {
        return text[j];
    }

    /** Drops column j once it has been copied into its variable, so the copy need not outlive it. */
    void release(int j) {
        nums[j] = null;
        text[j] = null;
    }

    int ragged() {
        return ragged;
    }

    /** Line (counted within this stretch, from 1) where the first ragged record starts, or -1. */
    long firstRaggedLine() {
        return firstRaggedLine;
    }

    /**
     * Lines in this stretch. FastCSV begins one more record after the last line break before it
     * sees the end, so the last starting line number is one past the last line.
     */
    long lines() {
        return line - 1;
    }
}
