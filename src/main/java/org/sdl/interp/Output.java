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
    private LogInfo logInfo;
    private boolean logOff;
    private Writer cmdlog;
    private LogInfo cmdlogInfo;
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

    /** What log query shows of an open log: its file, type and when it was opened. */
    public record LogInfo(String path, String type, String openedOn) {}

    public void openLog(Writer w) {
        openLog(w, null);
    }

    public void openLog(Writer w, LogInfo info) {
        this.log = w;
        this.logInfo = info;
        this.logOff = false;
    }

    public Writer closeLog() {
        Writer w = log;
        log = null;
        logInfo = null;
        logOff = false;
        return w;
    }

    public LogInfo logInfo() {
        return logInfo;
    }

    /** log off / log on: the log stays open but takes nothing while off. */
    public void setLogOff(boolean off) {
        logOff = off;
    }

    public boolean logOff() {
        return logOff;
    }

    public void openCmdlog(Writer w, LogInfo info) {
        cmdlog = w;
        cmdlogInfo = info;
    }

    public Writer closeCmdlog() {
        Writer w = cmdlog;
        cmdlog = null;
        cmdlogInfo = null;
        return w;
    }

    public LogInfo cmdlogInfo() {
        return cmdlogInfo;
    }

    /** Whether commands are being echoed: a log or command log is open and output is not quiet. */
    public boolean echoing() {
        return !isQuiet() && ((log != null && !logOff) || cmdlog != null);
    }

    /** Text for the log only (the echoed command lines: the screen showed them as typed). */
    public void logOnly(String s) {
        if (!isQuiet()) {
            logWrite(s);
        }
    }

    /** Pushes what the log holds to its file (after each command, so a killed run keeps it). */
    public void flushLog() {
        if (log != null) {
            try {
                log.flush();
            } catch (java.io.IOException e) {
                log = null;
                err.println("note: log file could not be written; log closed");
            }
        }
    }

    /** A command as typed, for the command log. */
    public void cmdlogWrite(String s) {
        if (cmdlog != null && !isQuiet()) {
            try {
                cmdlog.write(s);
                cmdlog.flush();
            } catch (java.io.IOException e) {
                cmdlog = null;
                err.println("note: command log could not be written; cmdlog closed");
            }
        }
    }

    public boolean logOpen() {
        return log != null;
    }

    private void logWrite(String s) {
        if (log != null && !logOff) {
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
