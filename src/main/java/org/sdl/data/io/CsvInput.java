package org.sdl.data.io;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.data.DataException;

/**
 * A delimited file, or a byte range of it, as FastCSV input, and FastCSV's complaints as Stata's
 * errors. FastCSV is set up as commons-csv was before it: RFC 4180 quoting, empty lines skipped,
 * ragged records allowed (the reader notes them), and a quote still open at the end of the input is
 * an error instead of a field running to the end of the file; that last rule is also what lets
 * byte ranges be parsed in parallel safely (see {@link CsvSplit}).
 */
final class CsvInput {
    private CsvInput() {}

    /** Bytes read from the disk at a time; FastCSV and the decoder then work in memory. */
    private static final int BLOCK = 1 << 20;

    /**
     * Parses bytes [start, end) of the file into handler. The range must begin at a record start;
     * at the start of the file a byte-order mark is dropped, as Excel writes one.
     */
    static void parse(Path path, long start, long end, char delimiter, Charset cs, CsvCallbackHandler<?> handler)
        throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            Reader r = new InputStreamReader(new BufferedInputStream(new Range(ch, start, end), BLOCK), cs);
            if (start == 0) {
                r = withoutBom(r);
            }
            try (CsvReader<?> csv = builder(delimiter).build(handler, r)) {
                csv.iterator().hasNext(); // the handler keeps every record, so one call reads them all
            } catch (CsvParseException e) {
                // FastCSV wraps whatever the handler throws: our own stop signal ends the parse,
                // and a failure of ours (not of the file's syntax) goes on as itself
                Throwable c = e.getCause();
                if (c == CsvChunk.STOP) {
                    return;
                }
                if (c instanceof Error err) {
                    throw err;
                }
                if (c instanceof RuntimeException re && !(c instanceof CsvParseException)) {
                    throw re;
                }
                throw e;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    static CsvReader.CsvReaderBuilder builder(char delimiter) {
        return CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true).allowExtraFields(true)
            .allowMissingFields(true).allowUnclosedQuote(false);
    }

    static Reader withoutBom(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int c = r.read();
        if (c >= 0 && c != '\uFEFF') {
            r.unread(c);
        }
        return r;
    }

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    /**
     * A malformed file is the file's fault: r(610) naming the line where the record starts, as
     * FastCSV reports it ("Exception when reading record that started in line N", caused by
     * "Unclosed quoted field …" or "Unexpected character after closing quote …").
     */
    static DataException malformed(Path path, CsvParseException e) {
        String m = String.valueOf(e.getMessage());
        String cause = e.getCause() == null ? m : String.valueOf(e.getCause().getMessage());
        Matcher line = LINE.matcher(m);
        String where = line.find() ? " line " + line.group(1) : m.contains("first record") ? " line 1" : "";
        String what = cause.startsWith("Unclosed quoted field") ? "a quote opened here is never closed"
            : cause.startsWith("Unexpected character after closing quote") ? "text follows a closing quote" : cause;
        return new DataException(610, "file " + path.getFileName() + where + ": " + what, e);
    }

    /** Bytes [start, end) of a file channel; positional reads, so ranges can be read by several threads. */
    private static final class Range extends InputStream {
        private final FileChannel ch;
        private long pos;
        private final long end;

        Range(FileChannel ch, long start, long end) {
            this.ch = ch;
            this.pos = start;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos >= end) {
                return -1;
            }
            int want = (int) Math.min(len, end - pos);
            int got = ch.read(ByteBuffer.wrap(b, off, want), pos);
            if (got > 0) {
                pos += got;
            }
            return got;
        }
    }
}
