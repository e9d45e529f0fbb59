package org.sdl.data.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.sdl.data.DataException;

/** Bounds-checked reading of a whole file held in memory; running off the end is r(610). */
final class ByteReader {
    private final ByteBuffer buf;
    private final String file;

    ByteReader(byte[] bytes, String file) {
        this.buf = ByteBuffer.wrap(bytes);
        this.file = file;
    }

    void order(ByteOrder o) {
        buf.order(o);
    }

    ByteOrder peekOrder() {
        return buf.order();
    }

    int position() {
        return buf.position();
    }

    void seek(long pos) {
        if (pos < 0 || pos > buf.limit()) {
            throw truncated();
        }
        buf.position((int) pos);
    }

    int remaining() {
        return buf.remaining();
    }

    private void need(int n) {
        if (buf.remaining() < n) {
            throw truncated();
        }
    }

    DataException truncated() {
        return new DataException(610, "file " + file + " not Stata format (truncated or corrupt)");
    }

    int u8() {
        need(1);
        return buf.get() & 0xff;
    }

    byte i8() {
        need(1);
        return buf.get();
    }

    short i16() {
        need(2);
        return buf.getShort();
    }

    int u16() {
        return i16() & 0xffff;
    }

    int i32() {
        need(4);
        return buf.getInt();
    }

    long u32() {
        return i32() & 0xffffffffL;
    }

    long i64() {
        need(8);
        return buf.getLong();
    }

    float f32() {
        need(4);
        return buf.getFloat();
    }

    double f64() {
        need(8);
        return buf.getDouble();
    }

    byte[] bytes(int n) {
        if (n < 0) {
            throw truncated();
        }
        need(n);
        byte[] b = new byte[n];
        buf.get(b);
        return b;
    }

    /** A fixed-width, NUL-terminated text field. */
    String fixed(int n) {
        byte[] b = bytes(n);
        int end = 0;
        while (end < n && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    /** Reads an XML-ish tag of the 117+ formats and fails unless it is the expected one. */
    void expect(String tag) {
        byte[] want = tag.getBytes(StandardCharsets.US_ASCII);
        need(want.length);
        for (byte w : want) {
            if (buf.get() != w) {
                throw new DataException(610, "file " + file + " not Stata format (expected " + tag + ")");
            }
        }
    }

    boolean peek(String tag) {
        byte[] want = tag.getBytes(StandardCharsets.US_ASCII);
        if (buf.remaining() < want.length) {
            return false;
        }
        int p = buf.position();
        for (int i = 0; i < want.length; i++) {
            if (buf.get(p + i) != want[i]) {
                return false;
            }
        }
        return true;
    }
}
