package org.sdl.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import org.sdl.data.DataException;

/**
 * Sequential, bounds-checked reading of a .dta file through a small window buffer. The file is
 * never held in memory whole, so reading needs little more than the columns themselves (the
 * issue's budget is 2x the file size). Running off the end is r(610) "truncated".
 */
final class DtaInput {
    private static final int WINDOW = 1 << 20;

    private final ReadableByteChannel channel;
    private final String file;
    private ByteBuffer buf;
    private boolean eof;
    private long consumedBefore;

    DtaInput(ReadableByteChannel channel, String file) {
        this.channel = channel;
        this.file = file;
        this.buf = ByteBuffer.allocate(WINDOW);
        buf.limit(0);
    }

    String file() {
        return file;
    }

    void order(ByteOrder o) {
        buf.order(o);
    }

    ByteOrder order() {
        return buf.order();
    }

    /** Absolute offset in the file of the next byte. */
    long position() {
        return consumedBefore + buf.position();
    }

    DataException truncated() {
        return new DataException(610, "file " + file + " not Stata format (truncated)");
    }

    DataException corrupt(String what) {
        return new DataException(610, "file " + file + " not Stata format (" + what + ")");
    }

    /** Makes at least n bytes available from the current position, or returns false at end of file. */
    boolean tryEnsure(int n) {
        if (buf.remaining() >= n) {
            return true;
        }
        if (n > buf.capacity()) {
            // a large strL, label table or data chunk: grow the window for it
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(n, buf.capacity() * 2)).order(buf.order());
            consumedBefore += buf.position();
            bigger.put(buf);
            bigger.flip();
            buf = bigger;
        } else {
            consumedBefore += buf.position();
            buf.compact();
            buf.flip();
        }
        while (buf.remaining() < n && !eof) {
            int keep = buf.position();
            buf.position(buf.limit());
            buf.limit(buf.capacity());
            int got;
            try {
                got = channel.read(buf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buf.limit(buf.position());
            buf.position(keep);
            if (got < 0) {
                eof = true;
            }
        }
        return buf.remaining() >= n;
    }

    void ensure(int n) {
        if (n < 0 || !tryEnsure(n)) {
            throw truncated();
        }
    }

    /** The window, positioned at the next byte, with at least the bytes last ensured. */
    ByteBuffer window() {
        return buf;
    }

    void skip(int n) {
        ensure(n);
        buf.position(buf.position() + n);
    }

    boolean atEnd() {
        return !tryEnsure(1);
    }

    int u8() {
        ensure(1);
        return buf.get() & 0xff;
    }

    int u16() {
        ensure(2);
        return buf.getShort() & 0xffff;
    }

    int i32() {
        ensure(4);
        return buf.getInt();
    }

    long u32() {
        return i32() & 0xffffffffL;
    }

    long i64() {
        ensure(8);
        return buf.getLong();
    }

    byte[] bytes(int n) {
        ensure(n);
        byte[] b = new byte[n];
        buf.get(b);
        return b;
    }

    /** A fixed-width, NUL-terminated text field. */
    String fixed(int n, DtaText text) {
        ensure(n);
        int start = buf.position();
        int end = start;
        while (end < start + n && buf.get(end) != 0) {
            end++;
        }
        String s = text.decode(buf.array(), buf.arrayOffset() + start, end - start);
        buf.position(start + n);
        return s;
    }

    /** Reads a tag of the 117+ layout and fails unless it is the expected one. */
    void expect(String tag) {
        if (!peek(tag)) {
            if (!tryEnsure(tag.length())) {
                throw truncated();
            }
            throw corrupt("expected " + tag + " at byte " + position());
        }
        buf.position(buf.position() + tag.length());
    }

    boolean peek(String tag) {
        byte[] want = tag.getBytes(StandardCharsets.US_ASCII);
        if (!tryEnsure(want.length)) {
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
