package org.sdl.data.io;

import org.sdl.data.Parallelism;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;

/**
 * import delimited. Tokenizing (quotes, embedded delimiters and newlines, doubled quotes) is
 * FastCSV's job ({@link CsvInput}); a leading BOM is dropped; any charset can be given. Type
 * inference as Stata (docs/formats.md): a column is numeric when every non-empty cell parses ("NA"
 * and "." are missing), stored in the narrowest integer type that holds it, else double (float with
 * asfloat); otherwise str# of its longest value.
 *
 * How: the header is read first ({@link CsvHeader}); the file is then parsed in byte ranges on all
 * cores ({@link CsvScan}), each range into primitive arrays per column ({@link CsvChunk}), and the
 * ranges are joined into variables ({@link CsvAssembly}).
 * Ragged lines: short ones are padded with missing values and extra fields are dropped, with a
 * note naming the first such line (Stata pads too, and says so in a note).
 */
public final class CsvReader {
    /**
     * Options of import delimited. header: null detects it (varnames() not given), true is
     * varnames(1), false varnames(nonames). nameCase: preserve, lower or upper. stringCols and
     * numericCols are 1-based column numbers. firstRow/lastRow: rowrange(), 1-based data rows.
     */
    public record Options(char delimiter, Boolean header, Charset charset, String nameCase, Set<Integer> stringCols,
                          Set<Integer> numericCols, int firstRow, int lastRow, boolean asFloat) {
        public Options(char delimiter, Boolean header, Charset charset, String nameCase, Set<Integer> stringCols,
                       Set<Integer> numericCols, int firstRow, int lastRow) {
            this(delimiter, header, charset, nameCase, stringCols, numericCols, firstRow, lastRow, false);
        }

        /** Comma-separated UTF-8, header detected, names lowercased: Stata's defaults. */
        public static Options defaults() {
            return new Options(',', null, java.nio.charset.StandardCharsets.UTF_8, "lower", Set.of(), Set.of(), 1,
                Integer.MAX_VALUE, false);
        }
    }

    private final List<String> notes = new ArrayList<>();
    private int piecesUsed;

    /** Notes for the user (ragged lines), printed by the command after a successful read. */
    public List<String> notes() {
        return notes;
    }

    public Dataset read(Path path, Options opt) {
        // several ranges per core: a thread that finishes early takes the next range, so one slow
        // core (another process, a longer stretch of text) does not hold the others up
        return read(path, opt, 4 * Parallelism.threads(), false);
    }

    /**
     * Reads with up to pieces byte ranges in parallel; force splits even small files (tests
     * compare the parallel result with the one-pass result).
     */
    Dataset read(Path path, Options opt, int pieces, boolean force) {
        try {
            CsvHeader h = CsvHeader.read(path, opt);
            int k = h.columns();
            Dataset ds = new Dataset();
            if (k == 0) {
                ds.markSaved();
                return ds;
            }
            boolean[] text = new boolean[k];
            boolean[] numericOnly = new boolean[k];
            for (int j = 0; j < k; j++) {
                text[j] = opt.stringCols().contains(j + 1);
                numericOnly[j] = opt.numericCols().contains(j + 1);
            }
            CsvScan scan = new CsvScan(path, opt, h, text, numericOnly);
            List<CsvChunk> chunks = scan.run(pieces, force);
            piecesUsed = scan.pieces();
            note(path, k, chunks);
            List<Column> cols = CsvAssembly.columns(chunks, h, opt.asFloat(), text, scan::text);
            ds.setObs(cols.get(0).size());
            cols.forEach(ds::add);
            ds.markSaved();
            return ds;
        } catch (NoSuchFileException e) {
            throw new DataException(601, "file " + path + " not found");
        } catch (CsvParseException e) {
            throw CsvInput.malformed(path, e);
        } catch (UncheckedIOException e) {
            throw new DataException(603, "file " + path + " could not be read: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new DataException(603, "file " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Byte ranges the last read was parsed in (1 when it fell back to one pass). */
    int piecesUsed() {
        return piecesUsed;
    }

    /** The ragged-lines note; line numbers of later ranges are offset by the lines before them. */
    private void note(Path path, int k, List<CsvChunk> chunks) {
        int ragged = 0;
        long first = -1;
        long linesBefore = 0;
        for (CsvChunk c : chunks) {
            if (c.ragged() > 0 && first < 0) {
                first = linesBefore + c.firstRaggedLine();
            }
            ragged += c.ragged();
            linesBefore += c.lines();
        }
        if (ragged > 0) {
            notes.add("note: " + ragged + " line" + (ragged > 1 ? "s" : "") + " of " + path.getFileName()
                + " did not have " + k + " fields (the first is line " + first
                + "); missing fields were set to missing, extra fields were ignored");
        }
    }

    /** The cell as a number; missing for "", ".", "NA"; NaN when it is not a number. */
    static double number(String cell) {
        return CsvCells.number(cell);
    }

    /** Kept for callers of the first version; see {@link CsvCells#narrow}. */
    static org.sdl.data.NumericColumn narrow(String name, double[] v) {
        return CsvCells.narrow(name, v, false);
    }

    static String validName(String raw, int j, String nameCase) {
        return CsvNames.validName(raw, j, nameCase);
    }
}
