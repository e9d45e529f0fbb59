package org.sdl.data.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a delimited file can be cut into byte ranges for parallel parsing: right after a '\n'
 * byte, so each range starts at a line start. Whether that line start is also a record start
 * (not inside a quoted field) is checked by parsing, see {@link CsvScan}. Also guesses how many
 * rows a range holds, so column arrays rarely need to grow.
 */
final class CsvSplit {
    private CsvSplit() {}

    /** Bytes looked at to guess the line length. */
    private static final int SAMPLE = 1 << 20;

    /**
     * Whether '\n' in the encoded file is always a line break: true for UTF-8 (no byte of a
     * multi-byte character is below 0x80) and for one-byte charsets that encode '\n' as 0x0A.
     */
    static boolean splittable(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return true;
        }
        return cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1f
            && Arrays.equals("\n".getBytes(cs), new byte[] {'\n'});
    }

    /**
     * Cut points 0 = b[0] < b[1] < … < b[m] = size, aiming at parts equal ranges, each cut just
     * after a '\n'. Fewer ranges come back when lines are longer than a part.
     */
    static long[] cuts(Path path, long size, int parts) throws IOException {
        List<Long> out = new ArrayList<>();
        out.add(0L);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            for (int i = 1; i < parts; i++) {
                long from = Math.max(size * i / parts, out.get(out.size() - 1));
                long cut = afterNewline(ch, from, size, buf);
                if (cut >= size) {
                    break;
                }
                if (cut > out.get(out.size() - 1)) {
                    out.add(cut);
                }
            }
        }
        out.add(size);
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** The position just after the first '\n' at or after from; size when there is none. */
    private static long afterNewline(FileChannel ch, long from, long size, ByteBuffer buf) throws IOException {
        long pos = from;
        while (pos < size) {
            buf.clear();
            int got = ch.read(buf, pos);
            if (got <= 0) {
                break;
            }
            byte[] a = buf.array();
            for (int i = 0; i < got; i++) {
                if (a[i] == '\n') {
                    return pos + i + 1;
                }
            }
            pos += got;
        }
        return size;
    }

    /** Bytes per line in the first megabyte (at least 1), to size the column arrays. */
    static double bytesPerLine(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(SAMPLE);
            int got = Math.max(0, ch.read(buf, 0));
            int lines = 0;
            byte[] a = buf.array();
            for (int i = 0; i < got; i++) {
                if (a[i] == '\n') {
                    lines++;
                }
            }
            return Math.max(1.0, got / (double) Math.max(1, lines));
        }
    }

    /** A row count a bit above what bytes of such lines hold, so arrays seldom grow. */
    static int rowsGuess(long bytes, double bytesPerLine) {
        return (int) Math.min(Integer.MAX_VALUE - 16, bytes / bytesPerLine * 1.05 + 64);
    }
}
