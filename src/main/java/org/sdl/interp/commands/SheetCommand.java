package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * insheet and outsheet, the commands older do-files use for text files, run as the import
 * delimited and export delimited lines they stand for:
 * insheet [using] file [, comma tab delimiter("c") names nonames case clear double] and
 * outsheet [varlist] using file [if] [in] [, comma delimiter("c") nolabel replace]. outsheet
 * writes tab-separated values unless comma or delimiter() says otherwise, as Stata's does.
 */
public final class SheetCommand extends Command {
    private final boolean in;

    public SheetCommand(boolean in) {
        super(in ? "insheet" : "outsheet", in ? 7 : 8, null);
        this.in = in;
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        int comma = Words.optionsComma(text);
        String target = comma < 0 ? text : text.substring(0, comma).strip();
        List<String> options = comma < 0 ? List.of() : Words.split(text.substring(comma + 1));
        List<String> translated = new ArrayList<>();
        String delimiter = in ? null : "tab";
        for (String o : options) {
            String lower = o.toLowerCase(Locale.ROOT);
            if (lower.equals("comma")) {
                delimiter = "\",\"";
            } else if (lower.equals("tab")) {
                delimiter = "tab";
            } else if (lower.startsWith("delim")) {
                delimiter = o.substring(o.indexOf('(') + 1, o.lastIndexOf(')'));
            } else if (in && lower.equals("names")) {
                translated.add("varnames(1)");
            } else if (in && lower.equals("nonames")) {
                translated.add("varnames(nonames)");
            } else if (in && lower.equals("case")) {
                translated.add("case(preserve)");
            } else if (in && lower.equals("double")) {
                continue; // sdl keeps full precision anyway (import delimited stores doubles)
            } else if (in && lower.equals("clear") || !in && (lower.equals("replace") || lower.startsWith("nolab"))) {
                translated.add(o);
            } else {
                throw new SdlError(198, name() + ": option " + o + " not allowed");
            }
        }
        if (delimiter != null) {
            translated.add((in ? "delimiters(" : "delimiter(") + delimiter + ")");
        }
        if (in && !target.startsWith("using ") && !target.contains(" using ")) {
            target = "using " + target; // insheet's using is optional before the file name
        }
        String line = (in ? "import delimited " : "export delimited ") + target
            + (translated.isEmpty() ? "" : ", " + String.join(" ", translated));
        inv.interpreter().runExpanded(inv.textLine(line), inv.frame());
    }
}
