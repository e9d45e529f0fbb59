package org.sdl.interp.commands;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.interp.Frame;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * gettoken emname [restname] : macname [, parse("chars") quotes]: takes the first token off a
 * macro. Blanks separate tokens; a character listed in parse() is a token by itself.
 */
public final class GettokenCommand extends Command {
    private static final Pattern FORM = Pattern.compile("\\s*(\\(\\w+\\))?\\s*(\\w+)\\s*(?:(\\(\\w+\\))?\\s*(\\w+))?\\s*:\\s*(\\w+)\\s*(?:,(.*))?");

    public GettokenCommand() {
        super("gettoken", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        Matcher m = FORM.matcher(inv.text());
        if (!m.matches()) {
            throw new SdlError(198, "gettoken emname [restname] : macname [, parse(\"chars\")]");
        }
        boolean firstGlobal = "(global)".equals(m.group(1));
        String first = m.group(2);
        boolean restGlobal = "(global)".equals(m.group(3));
        String rest = m.group(4);
        String source = m.group(5);
        String opts = m.group(6) == null ? "" : m.group(6);
        String chars = " ";
        Matcher p = Pattern.compile("parse\\(\"(.*?)\"\\)").matcher(opts);
        if (p.find()) {
            chars = p.group(1);
        }
        boolean keepQuotes = opts.contains("quotes");
        Frame f = inv.frame();
        String text = f.local(source);
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ' && chars.indexOf(' ') >= 0) {
            i++;
        }
        int start = i;
        String token;
        if (i < text.length() && text.charAt(i) == '"') {
            int end = text.indexOf('"', i + 1);
            end = end < 0 ? text.length() - 1 : end;
            token = keepQuotes ? text.substring(i, end + 1) : text.substring(i + 1, end);
            i = end + 1;
        } else if (i < text.length() && chars.indexOf(text.charAt(i)) >= 0 && text.charAt(i) != ' ') {
            token = String.valueOf(text.charAt(i));
            i++;
        } else {
            while (i < text.length() && chars.indexOf(text.charAt(i)) < 0) {
                i++;
            }
            token = text.substring(start, i);
        }
        set(inv, f, first, token, firstGlobal);
        if (rest != null) {
            set(inv, f, rest, text.substring(i), restGlobal);
        }
    }

    private static void set(Invocation inv, Frame f, String name, String value, boolean global) {
        if (global) {
            inv.session().globals().put(name, value);
        } else {
            f.setLocal(name, value);
        }
    }
}
