package org.sdl.data;

/**
 * A user-facing error raised by the data layer, carrying Stata's return code (111 variable not
 * found, 610 not a Stata file, ...). The interpreter adds the script position.
 */
public class DataException extends RuntimeException {
    private final int code;

    public DataException(int code, String message) {
        super(message);
        this.code = code;
    }

    public DataException(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
