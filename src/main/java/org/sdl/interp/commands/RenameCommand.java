package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.data.Dataset;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** rename old new | rename (a b) (c d) | rename stub* new* | rename *, lower|upper. */
public final class RenameCommand extends Command {
    public RenameCommand() {
        super("rename", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text();
        String opts = text.contains(",") ? text.substring(text.lastIndexOf(',') + 1).strip() : "";
        if (text.contains(",")) {
            text = text.substring(0, text.lastIndexOf(','));
        }
        List<String> w = Words.split(text);
        Dataset d = inv.session().data();
        VariableMatcher vm = new VariableMatcher(d);
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        if (!opts.isEmpty() && (opts.startsWith("low") || opts.startsWith("up") || opts.startsWith("prop"))) {
            for (String t : w) {
                for (String v : vm.expand(t)) {
                    from.add(v);
                    to.add(opts.startsWith("low") ? v.toLowerCase() : opts.startsWith("up") ? v.toUpperCase()
                        : Character.toUpperCase(v.charAt(0)) + v.substring(1).toLowerCase());
                }
            }
        } else if (w.size() == 2 && w.get(0).startsWith("(")) {
            from.addAll(expandAll(vm, Words.split(w.get(0).substring(1, w.get(0).length() - 1))));
            to.addAll(Words.split(w.get(1).substring(1, w.get(1).length() - 1)));
        } else if (w.size() == 2 && (w.get(0).contains("*") || w.get(0).contains("?"))) {
            Pattern p = Pattern.compile(w.get(0).replace("*", "(.*)").replace("?", "(.)"));
            for (String v : d.names()) {
                Matcher m = p.matcher(v);
                if (m.matches()) {
                    String target = w.get(1);
                    int g = 1;
                    StringBuilder b = new StringBuilder();
                    for (char c : target.toCharArray()) {
                        if ((c == '*' || c == '?') && g <= m.groupCount()) {
                            b.append(m.group(g++));
                        } else {
                            b.append(c);
                        }
                    }
                    from.add(v);
                    to.add(b.toString());
                }
            }
            if (from.isEmpty()) {
                throw new SdlError(111, "variable " + w.get(0) + " not found");
            }
        } else if (w.size() == 2) {
            from.add(vm.one(w.get(0)));
            to.add(w.get(1));
        } else {
            throw new SdlError(198, "rename: syntax is rename old new or rename (old...) (new...)");
        }
        if (from.size() != to.size()) {
            throw new SdlError(198, "rename: " + from.size() + " old names but " + to.size() + " new names");
        }
        for (String t : to) {
            if (!t.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
                throw new SdlError(198, t + " invalid name");
            }
        }
        List<String> tmp = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (from.get(i).equals(to.get(i))) {
                tmp.add(null);
                continue;
            }
            if (d.has(to.get(i)) && !from.contains(to.get(i))) {
                throw new SdlError(110, "variable " + to.get(i) + " already defined");
            }
            String t = inv.session().nextTempName();
            d.rename(from.get(i), t);
            tmp.add(t);
        }
        for (int i = 0; i < from.size(); i++) {
            if (tmp.get(i) != null) {
                d.rename(tmp.get(i), to.get(i));
            }
        }
    }

    private static List<String> expandAll(VariableMatcher vm, List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            out.addAll(vm.expand(t));
        }
        return out;
    }
}
