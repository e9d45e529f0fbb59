package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Words;

/**
 * The options of a free-text command as name → argument, each name matched against a table
 * of known options with Stata's minimum abbreviations ("LAbel": la, lab, ... label). An
 * unknown option is r(198) naming it; an option given twice keeps the last. Arguments are the
 * raw text inside the parentheses (null when the option has none).
 */
final class OptionText {
    /** One known option: canonical name and how many leading characters must be typed. */
    record Known(String name, int min) {
        static Known of(String spec) {
            int min = 0;
            while (min < spec.length() && Character.isUpperCase(spec.charAt(min))) {
                min++;
            }
            return new Known(spec.toLowerCase(), min == 0 ? spec.length() : min);
        }

        boolean matches(String typed) {
            return typed.length() >= min && name.startsWith(typed);
        }
    }

    private final Map<String, String> values = new LinkedHashMap<>();

    private OptionText() {}

    /** Parses text (what follows the comma) against the known option specs. */
    static OptionText parse(String command, String text, List<String> specs) {
        List<Known> known = new ArrayList<>();
        for (String s : specs) {
            known.add(Known.of(s));
        }
        OptionText o = new OptionText();
        for (String w : Words.split(text == null ? "" : text)) {
            int paren = w.indexOf('(');
            String typed = (paren < 0 ? w : w.substring(0, paren)).toLowerCase();
            String arg = null;
            if (paren >= 0) {
                if (!w.endsWith(")")) {
                    throw new SdlError(198, command + ": option " + w + " has unbalanced parentheses");
                }
                arg = w.substring(paren + 1, w.length() - 1);
            }
            String name = null;
            for (Known k : known) {
                if (k.name().equals(typed)) {
                    name = k.name();
                    break;
                }
            }
            if (name == null) {
                for (Known k : known) {
                    if (k.matches(typed)) {
                        name = k.name();
                        break;
                    }
                }
            }
            if (name == null) {
                throw new SdlError(198, command + ": option " + typed + " not allowed");
            }
            o.values.put(name, arg);
        }
        return o;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The argument text, or null when the option was not given or had no parentheses. */
    String arg(String name) {
        return values.get(name);
    }

    String arg(String name, String dflt) {
        String a = values.get(name);
        return a == null ? dflt : a;
    }

    Iterable<String> names() {
        return values.keySet();
    }
}
