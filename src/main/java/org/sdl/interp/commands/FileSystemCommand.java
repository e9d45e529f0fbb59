package org.sdl.interp.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * cd [dir], pwd, erase|rm file, dir|ls [pattern], type file, adopath + dir: the working folder
 * and files.
 */
public final class FileSystemCommand extends Command {
    private final String kind;

    public FileSystemCommand(String kind) {
        super(kind, kind.length(), null);
        this.kind = kind;
    }

    @Override
    public void run(Invocation inv) {
        String arg = Words.unquote(inv.text().strip());
        switch (kind) {
            case "pwd":
                inv.out().println(inv.session().workingDir().toString());
                return;
            case "cd": {
                if (arg.isEmpty()) {
                    inv.out().println(inv.session().workingDir().toString());
                    return;
                }
                Path p = inv.session().resolve(arg);
                if (!Files.isDirectory(p)) {
                    throw new SdlError(170, "unable to change to " + arg);
                }
                inv.session().setWorkingDir(p);
                inv.out().println(p.toString());
                return;
            }
            case "erase": case "rm":
                try {
                    if (!Files.deleteIfExists(inv.session().resolve(arg))) {
                        throw new SdlError(601, "file " + arg + " not found");
                    }
                } catch (IOException e) {
                    throw new SdlError(693, "could not erase " + arg + ": " + e.getMessage());
                }
                return;
            case "type": {
                // the file's text as UTF-8 (bytes that are not UTF-8 show as replacement characters)
                Path p = inv.session().resolve(arg);
                if (!Files.isRegularFile(p)) {
                    throw new SdlError(601, "file " + arg + " not found");
                }
                try {
                    String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                    for (String l : text.split("\r?\n")) {
                        inv.out().println(l);
                    }
                } catch (IOException e) {
                    throw new SdlError(603, "file " + arg + " could not be read: " + e.getMessage());
                }
                return;
            }
            case "adopath": {
                String dir = arg.startsWith("+") ? arg.substring(1).strip() : arg;
                inv.session().searchPath().add(0, inv.session().resolve(Words.unquote(dir)));
                return;
            }
            default: {
                String pattern = arg.isEmpty() ? "*" : arg;
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(inv.session().workingDir(), pattern)) {
                    for (Path p : ds) {
                        inv.out().println((Files.isDirectory(p) ? "  <dir>  " : String.format("%8d ", Files.size(p)))
                            + p.getFileName());
                    }
                } catch (IOException e) {
                    throw new SdlError(601, "cannot list " + pattern + ": " + e.getMessage());
                }
            }
        }
    }
}
