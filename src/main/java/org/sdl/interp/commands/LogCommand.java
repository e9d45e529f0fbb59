package org.sdl.interp.commands;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sdl.interp.Output;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * log using file [, replace append text nomsg] | log close | log off | log on | log query, and
 * cmdlog using file [, replace append] | cmdlog close | cmdlog query. A log copies the session's
 * output with every command echoed after ". " (Interpreter.executeEchoed); its header and footer
 * are Stata's (name, log, log type, opened on / closed on, between rules of 79 dashes). The
 * command log keeps the commands alone. Logs are text: SMCL is r(198).
 */
public final class LogCommand extends Command {
    private static final String RULE = "-".repeat(79);
    private final boolean cmdlog;

    public LogCommand() {
        this(false);
    }

    public LogCommand(boolean cmdlog) {
        super(cmdlog ? "cmdlog" : "log", cmdlog ? 6 : 3, null);
        this.cmdlog = cmdlog;
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        String sub = t.isEmpty() ? "query" : t.split("[\\s,]+", 2)[0];
        Output out = inv.out();
        switch (sub) {
            case "close": case "c": case "cl": case "clo": case "clos":
                close(inv);
                return;
            case "query": case "q": case "qu": case "que": case "quer":
                query(out);
                return;
            case "off": case "on":
                if (cmdlog ? out.cmdlogInfo() == null : !out.logOpen()) {
                    throw new SdlError(606, "no " + name() + " file open");
                }
                if (!cmdlog) {
                    out.setLogOff(sub.equals("off"));
                }
                return;
            case "using": case "u": case "us": case "usi": case "usin":
                open(inv, t.substring(sub.length()).strip());
                return;
            default:
                throw new SdlError(198, name() + ": use " + name() + " using filename [, replace append] | "
                    + name() + " close | " + name() + " query");
        }
    }

    private void open(Invocation inv, String rest) {
        Output out = inv.out();
        int comma = Words.optionsComma(rest);
        String opts = comma >= 0 ? rest.substring(comma + 1).strip() : "";
        String file = Words.unquote((comma >= 0 ? rest.substring(0, comma) : rest).strip());
        if (file.isEmpty()) {
            throw new SdlError(198, name() + " using: file name required");
        }
        boolean replace = false;
        boolean append = false;
        boolean nomsg = false;
        for (String o : Words.split(opts)) {
            switch (o) {
                case "replace": case "replac": case "repla": case "repl": case "rep": replace = true; break;
                case "append": case "appen": case "appe": case "app": case "a": case "ap": append = true; break;
                case "text": case "t": case "te": case "tex": break;
                case "nomsg": if (!cmdlog) { nomsg = true; break; }
                    throw new SdlError(198, "option nomsg not allowed with cmdlog");
                case "smcl": case "s": case "sm": case "smc":
                    throw new SdlError(198, "option smcl not supported: sdl writes text logs (.log)");
                default:
                    throw new SdlError(198, "option " + o + " not allowed");
            }
        }
        if (replace && append) {
            throw new SdlError(198, "options replace and append may not be combined");
        }
        if (!file.contains(".")) {
            file = file + (cmdlog ? ".txt" : ".log");
        }
        if (file.endsWith(".smcl")) {
            throw new SdlError(198, "SMCL logs are not supported: use a .log file name");
        }
        if (cmdlog ? out.cmdlogInfo() != null : out.logOpen()) {
            throw new SdlError(604, name() + " file already open");
        }
        Path p = inv.session().resolve(file);
        if (Files.exists(p) && !replace && !append) {
            throw new SdlError(602, "file " + file + " already exists");
        }
        Writer w;
        try {
            w = Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new SdlError(603, "file " + file + " could not be opened");
        }
        Output.LogInfo info = new Output.LogInfo(p.toAbsolutePath().normalize().toString(), "text", now());
        if (cmdlog) {
            out.openCmdlog(w, info);
            return;
        }
        out.openLog(w, info);
        if (!nomsg) {
            for (String l : header(info, "opened on")) {
                out.logOnly(l + "\n");
            }
            out.logOnly("\n");
        }
    }

    private void close(Invocation inv) {
        Output out = inv.out();
        Output.LogInfo info = cmdlog ? out.cmdlogInfo() : out.logInfo();
        if (cmdlog ? info == null : !out.logOpen()) {
            throw new SdlError(606, "no " + name() + " file open");
        }
        if (!cmdlog && info != null) {
            out.setLogOff(false);
            List<String> h = header(info, "closed on");
            for (String l : h.subList(1, h.size())) {
                out.logOnly(l + "\n");
            }
            out.logOnly(RULE + "\n");
        }
        Writer w = cmdlog ? out.closeCmdlog() : out.closeLog();
        try {
            if (w != null) {
                w.close();
            }
        } catch (IOException e) {
            throw new SdlError(603, name() + " file could not be closed: " + e.getMessage());
        }
    }

    private void query(Output out) {
        Output.LogInfo info = cmdlog ? out.cmdlogInfo() : out.logInfo();
        if (info == null && (cmdlog || !out.logOpen())) {
            out.println("no " + name() + " file open");
            return;
        }
        out.println("      name:  <unnamed>");
        out.println("       log:  " + (info == null ? "" : info.path()));
        out.println("  log type:  text");
        out.println("    status:  " + (!cmdlog && out.logOff() ? "off" : "on"));
    }

    public static List<String> header(Output.LogInfo info, String when) {
        return List.of(RULE,
            "      name:  <unnamed>",
            "       log:  " + info.path(),
            "  log type:  " + info.type(),
            String.format("%10s:  %s", when, when.startsWith("closed") ? now() : info.openedOn()));
    }

    /** Stata's stamp: " 8 Sep 2021, 10:59:22". */
    public static String now() {
        LocalDateTime t = LocalDateTime.now();
        return String.format("%2d %s", t.getDayOfMonth(),
            t.format(DateTimeFormatter.ofPattern("MMM yyyy, HH:mm:ss", Locale.ENGLISH)));
    }
}
