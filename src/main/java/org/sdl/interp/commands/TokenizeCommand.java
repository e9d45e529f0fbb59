package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.interp.Frame;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * tokenize [string] [, parse("pchars")]: splits a string into the local macros 1, 2, 3, …
 * (blanks separate tokens, "…" keeps blanks inside one, a parse() character is a token by
 * itself) and clears the numbered locals after the last token, as programs expect.
 */
public final class TokenizeCommand extends Command {
    private static final Pattern PARSE = Pattern.compile(",\\s*parse\\(\"(.*)\"\\)\\s*$");

    public TokenizeCommand() {
        super("tokenize", 8, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        String chars = " ";
        Matcher m = PARSE.matcher(text);
        if (m.find()) {
            chars = m.group(1).isEmpty() ? " " : m.group(1);
            text = text.substring(0, m.start()).strip();
        }
        List<String> tokens = tokens(Words.unquote(text), chars);
        Frame f = inv.frame();
        for (int k = 0; k < tokens.size(); k++) {
            f.setLocal(String.valueOf(k + 1), tokens.get(k));
        }
        for (int k = tokens.size() + 1; !f.local(String.valueOf(k)).isEmpty(); k++) {
            f.setLocal(String.valueOf(k), "");
        }
    }

    /** The tokens of text; blanks separate them only when parse() holds a blank (the default). */
    static List<String> tokens(String text, String chars) {
        boolean blanks = chars.indexOf(' ') >= 0;
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (blanks && Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                end = end < 0 ? n : end;
                out.add(text.substring(i + 1, end));
                i = Math.min(n, end + 1);
            } else if (chars.indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < n && chars.indexOf(text.charAt(i)) < 0
                        && !(blanks && Character.isWhitespace(text.charAt(i)))) {
                    i++;
                }
                out.add(text.substring(start, i));
            }
        }
        return out;
    }
}
