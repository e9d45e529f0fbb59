package org.sdl.data.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text in .dta files: UTF-8 from format 118 on. Older formats have no declared encoding; Stata
 * before 14 wrote the platform's 8-bit code page (usually Windows-1252), but many tools wrote
 * UTF-8 into 117 files, so those are decoded as UTF-8 when the bytes are valid UTF-8 and as
 * Windows-1252 otherwise (what Stata's own unicode translate guesses too).
 */
final class DtaText {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final boolean utf8Only;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    DtaText(int release) {
        this.utf8Only = release >= 118;
    }

    String decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    String decode(byte[] b, int off, int len) {
        if (utf8Only) {
            return new String(b, off, len, StandardCharsets.UTF_8);
        }
        boolean ascii = true;
        for (int i = off; i < off + len && ascii; i++) {
            ascii = b[i] >= 0;
        }
        if (ascii) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        try {
            CharBuffer cb = strict.reset().decode(ByteBuffer.wrap(b, off, len));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return new String(b, off, len, CP1252);
        }
    }

    /** Bytes up to the first NUL. */
    static int cstrlen(byte[] b, int off, int max) {
        int end = off;
        while (end < off + max && b[end] != 0) {
            end++;
        }
        return end - off;
    }
}
