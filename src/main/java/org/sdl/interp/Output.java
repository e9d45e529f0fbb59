package org.sdl.interp;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Where command output goes: the screen (or a test buffer) and, while a log is open, a log
 * file. {@code quietly} raises the quiet level; {@code noisily} forces printing within it.
 * Error lines always reach the error stream.
 */
public final class Output {
    private final PrintStream out;
    private final PrintStream err;
    private Writer log;
    private int quiet;
    private int noisy;

    public Output(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public boolean isQuiet() {
        return quiet > 0 && noisy == 0;
    }

    public void print(String s) {
        if (!isQuiet()) {
            out.print(s);
            logWrite(s);
        }
    }

    public void println(String s) {
        print(s + "\n");
    }

    public void println() {
        print("\n");
    }

    /** Error text: shown even under quietly (as Stata shows r() errors). */
    public void error(String s) {
        out.flush();
        err.println(s);
        err.flush();
        logWrite(s + "\n");
    }

    public void flush() {
        out.flush();
    }

    public void pushQuiet() {
        quiet++;
    }

    public void popQuiet() {
        quiet--;
    }

    /** Runs body quietly (nested calls stack). */
    public int quietLevel() {
        return quiet;
    }

    public void setQuietLevel(int q, int n) {
        quiet = q;
        noisy = n;
    }

    public int noisyLevel() {
        return noisy;
    }

    public void pushNoisy() {
        noisy++;
    }

    public void popNoisy() {
        noisy--;
    }

    public void openLog(Writer w) {
        this.log = w;
    }

    public Writer closeLog() {
        Writer w = log;
        log = null;
        return w;
    }

    public boolean logOpen() {
        return log != null;
    }

    private void logWrite(String s) {
        if (log != null) {
            try {
                log.write(s);
            } catch (java.io.IOException e) {
                log = null;
                err.println("note: log file could not be written; log closed");
            }
        }
    }

    public PrintWriter writer() {
        return new PrintWriter(out, true);
    }
}
