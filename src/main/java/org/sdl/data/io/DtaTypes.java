package org.sdl.data.io;

import org.sdl.data.DataException;

/**
 * Variable type codes of the .dta formats. Formats 117+ use 16-bit codes (65526..65530 for the
 * numeric types, 1..2045 for str#, 32768 for strL); 113-115 use one byte (251..255 numeric,
 * 1..244 str#). Old codes are translated to the new ones on reading so the rest of the reader
 * knows one set.
 */
final class DtaTypes {
    private DtaTypes() {}

    static final int BYTE = 65530;
    static final int INT = 65529;
    static final int LONG = 65528;
    static final int FLOAT = 65527;
    static final int DOUBLE = 65526;
    static final int STRL = 32768;

    static int fromOld(int t, String file) {
        switch (t) {
            case 251: return BYTE;
            case 252: return INT;
            case 253: return LONG;
            case 254: return FLOAT;
            case 255: return DOUBLE;
            default:
                if (t >= 1 && t <= 244) {
                    return t;
                }
                throw new DataException(610, "file " + file + " not Stata format (unknown variable type " + t + ")");
        }
    }

    static void check(int t, String file) {
        if (!(t >= BYTE - 4 && t <= BYTE) && t != STRL && !(t >= 1 && t <= 2045)) {
            throw new DataException(610, "file " + file + " not Stata format (unknown variable type " + t + ")");
        }
    }

    /** Bytes one value of type t takes in a data row (a strL is an 8-byte reference). */
    static int width(int t) {
        switch (t) {
            case BYTE: return 1;
            case INT: return 2;
            case LONG: return 4;
            case FLOAT: return 4;
            case DOUBLE: return 8;
            case STRL: return 8;
            default: return t;
        }
    }
}
