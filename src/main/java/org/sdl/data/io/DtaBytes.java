package org.sdl.data.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Little-endian encoding helpers for the .dta writer (format 118 is written LSF). */
final class DtaBytes {
    private DtaBytes() {}

    static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    static void i16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }

    static void i32(ByteArrayOutputStream out, int v) {
        for (int s = 0; s < 32; s += 8) {
            out.write((v >>> s) & 0xff);
        }
    }

    static void i64(ByteArrayOutputStream out, long v) {
        for (int s = 0; s < 64; s += 8) {
            out.write((int) ((v >>> s) & 0xff));
        }
    }

    /** A fixed-width field: UTF-8 cut at a character boundary to width-1 bytes, NUL padded. */
    static void fixed(ByteArrayOutputStream out, String s, int width) {
        byte[] b = utf8(s, width - 1);
        out.writeBytes(b);
        for (int i = b.length; i < width; i++) {
            out.write(0);
        }
    }

    /** UTF-8 bytes cut at a character boundary to at most max bytes. */
    static byte[] utf8(String s, int max) {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        if (b.length <= max) {
            return b;
        }
        int end = max;
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(b, end);
    }
}
