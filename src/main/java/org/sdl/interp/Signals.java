package org.sdl.interp;

/** Control-flow signals: break, continue, exit. Not errors; no stack traces needed. */
public final class Signals {
    private Signals() {}

    public static final class Break extends RuntimeException {
        public Break() {
            super(null, null, false, false);
        }
    }

    public static final class Continue extends RuntimeException {
        public Continue() {
            super(null, null, false, false);
        }
    }

    /** {@code exit [n]}: leaves the current do-file or program; code 0 means success. */
    public static final class Exit extends RuntimeException {
        private final int code;
        private final boolean clearAll;

        public Exit(int code, boolean clearAll) {
            super(null, null, false, false);
            this.code = code;
            this.clearAll = clearAll;
        }

        public int code() {
            return code;
        }

        public boolean clearAll() {
            return clearAll;
        }
    }

    /** Ctrl-C: stops the running command and returns to the prompt. */
    public static final class Interrupt extends RuntimeException {
        public Interrupt() {
            super("--Break--", null, false, false);
        }
    }
}
