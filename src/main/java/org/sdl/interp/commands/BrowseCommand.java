package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.interp.Pager;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * browse [varlist] [if] [in] [, nolabel]: pages through the data in the interactive REPL, one
 * screen at a time (space or Enter for the next, q to stop). Each page is drawn from its own rows
 * only, so browsing a million observations costs a screen, not the whole table. Outside the REPL
 * there is no screen to page on: a note says so and nothing else happens, as Stata's browse does
 * nothing in batch mode.
 */
public final class BrowseCommand extends Command {
    public BrowseCommand() {
        super("browse", 2, "[varlist] [if] [in] [, NOLabel]");
    }

    @Override
    public void run(Invocation inv) {
        Pager pager = inv.session().pager();
        if (pager == null) {
            inv.out().println("(browse pages through the data in the interactive REPL; in a script use list)");
            return;
        }
        Dataset data = inv.session().data();
        boolean[] use = inv.args().touse();
        List<String> vars = inv.args().varlist();
        boolean labels = !inv.args().flag("nolabel");
        // frame and header take four lines, the pager's prompt one
        int perPage = Math.max(1, pager.height() - 5);
        int n = data.nObs();
        int next = 0;
        while (true) {
            while (next < n && !use[next]) {
                next++;
            }
            if (next >= n) {
                return;
            }
            boolean[] page = new boolean[n];
            int taken = 0;
            int i = next;
            for (; i < n && taken < perPage; i++) {
                if (use[i]) {
                    page[i] = true;
                    taken++;
                }
            }
            next = i;
            boolean more = false;
            for (int j = next; j < n && !more; j++) {
                more = use[j];
            }
            if (!pager.show(ListCommand.table(data, vars, page, ListCommand.Layout.pages(labels)), more) || !more) {
                return;
            }
        }
    }
}
