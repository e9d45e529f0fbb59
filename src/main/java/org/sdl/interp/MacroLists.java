package org.sdl.interp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.sdl.interp.syntax.Words;

/** {@code : list ...}: set and sequence operations on macros holding word lists. */
final class MacroLists {
    private final Frame frame;

    MacroLists(Frame frame) {
        this.frame = frame;
    }

    String evaluate(String spec) {
        List<String> w = Words.splitQuotesOnly(spec);
        if (w.isEmpty()) {
            throw new SdlError(198, "list: operation required");
        }
        String op = w.get(0);
        switch (op) {
            case "uniq": return join(new ArrayList<>(new LinkedHashSet<>(list(w.get(1)))));
            case "dups": {
                List<String> seen = new ArrayList<>();
                List<String> dups = new ArrayList<>();
                for (String x : list(w.get(1))) {
                    if (seen.contains(x)) {
                        dups.add(x);
                    } else {
                        seen.add(x);
                    }
                }
                return join(dups);
            }
            case "sort": {
                List<String> l = list(w.get(1));
                Collections.sort(l);
                return join(l);
            }
            case "sizeof": return String.valueOf(list(w.get(1)).size());
            case "retokenize": case "retok": case "clean": return join(list(w.get(1)));
            case "posof": {
                // list posof "x" in L
                String x = Words.unquote(w.get(1));
                int i = list(w.get(3)).indexOf(x);
                return String.valueOf(i + 1);
            }
            default:
                break;
        }
        if (w.size() == 3) {
            List<String> a = list(w.get(0));
            List<String> b = list(w.get(2));
            switch (w.get(1)) {
                case "|": {
                    LinkedHashSet<String> u = new LinkedHashSet<>(a);
                    u.addAll(b);
                    return join(new ArrayList<>(u));
                }
                case "&": {
                    List<String> out = new ArrayList<>();
                    for (String x : new LinkedHashSet<>(a)) {
                        if (b.contains(x)) {
                            out.add(x);
                        }
                    }
                    return join(out);
                }
                case "-": {
                    List<String> out = new ArrayList<>(a);
                    out.removeAll(b);
                    return join(out);
                }
                case "==": return new LinkedHashSet<>(a).equals(new LinkedHashSet<>(b))
                    && a.size() == b.size() ? "1" : "0";
                case "===": return a.equals(b) ? "1" : "0";
                case "in": return b.containsAll(a) ? "1" : "0";
                default: break;
            }
        }
        throw new SdlError(198, "unknown list operation: " + spec);
    }

    private List<String> list(String macroName) {
        return new ArrayList<>(Words.splitQuotesOnly(frame.local(macroName)));
    }

    private static String join(List<String> l) {
        return String.join(" ", l);
    }
}
