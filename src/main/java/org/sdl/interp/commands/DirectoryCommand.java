package org.sdl.interp.commands;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * mkdir dirname [, public] and rmdir dirname, as Stata: one level at a time (a missing parent is
 * an error, not created silently), an existing directory is r(693), and rmdir removes only an
 * empty directory. {@code public} (Stata: readable by all) is what a new directory gets under the
 * usual umask already, so it is accepted and changes nothing beyond that; it is documented as such.
 */
public final class DirectoryCommand extends Command {
    private final boolean make;

    public DirectoryCommand(boolean make) {
        super(make ? "mkdir" : "rmdir", 5, null);
        this.make = make;
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        int comma = Words.optionsComma(text);
        String options = comma < 0 ? "" : text.substring(comma + 1).strip();
        String name = Words.unquote((comma < 0 ? text : text.substring(0, comma)).strip());
        if (name.isEmpty()) {
            throw new SdlError(198, "invalid syntax: " + (make ? "mkdir" : "rmdir") + " needs a directory name");
        }
        if (!options.isEmpty() && !(make && options.equals("public"))) {
            throw new SdlError(198, "option " + options + " not allowed");
        }
        Path p = inv.session().resolve(name);
        if (make) {
            if (Files.exists(p)) {
                throw new SdlError(693, "could not create directory " + name + ": it already exists");
            }
            try {
                Files.createDirectory(p);
            } catch (IOException e) {
                throw new SdlError(693, "could not create directory " + name);
            }
        } else {
            if (!Files.isDirectory(p)) {
                throw new SdlError(601, "directory " + name + " not found");
            }
            try {
                Files.delete(p);
            } catch (DirectoryNotEmptyException e) {
                throw new SdlError(693, "could not remove directory " + name + ": it is not empty");
            } catch (IOException e) {
                throw new SdlError(693, "could not remove directory " + name);
            }
        }
    }
}
