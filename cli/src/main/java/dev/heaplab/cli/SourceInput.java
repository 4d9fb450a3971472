package dev.heaplab.cli;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.HumanEmitter;
import dev.heaplab.core.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads the user's source file, reporting failures in rustc's words (`couldn't read `x.rs`: …`). */
final class SourceInput {
    private SourceInput() {}

    /** The file with its path as given, or null after printing the error to {@code err}. */
    static SourceFile read(String path, PrintWriter err) {
        Diagnostic failure;
        try {
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                failure = couldNotRead(path, "Is a directory (os error 21)", null);
            } else {
                byte[] bytes = Files.readAllBytes(p);
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\uFEFF")) text = text.substring(1);
                return new SourceFile(path, text);
            }
        } catch (NoSuchFileException e) {
            failure = couldNotRead(path, "No such file or directory (os error 2)", null);
        } catch (AccessDeniedException e) {
            failure = couldNotRead(path, "Permission denied (os error 13)", null);
        } catch (MalformedInputException e) {
            failure = couldNotRead(path, "stream did not contain valid UTF-8", "invalid utf-8 at byte `" + firstBadByte(path) + "`");
        } catch (CharacterCodingException e) {
            failure = couldNotRead(path, "stream did not contain valid UTF-8", null);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            failure = couldNotRead(path, String.valueOf(e.getMessage()), null);
        }
        List<Diagnostic> ds = List.of(failure);
        HumanEmitter emitter = HumanEmitter.forFile(new SourceFile(path, ""));
        err.print(emitter.renderAll(ds));
        err.flush();
        return null;
    }

    private static Diagnostic couldNotRead(String path, String why, String note) {
        Diagnostic.Builder b = Diagnostic.error(null, "couldn't read `" + path + "`: " + why);
        if (note != null) b.note(note);
        return b.build();
    }

    /** Offset of the first byte that does not start valid UTF-8 (as rustc reports it). */
    private static int firstBadByte(String path) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(path));
            var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            var out = java.nio.CharBuffer.allocate(bytes.length + 1);
            dec.decode(in, out, true);
            return in.position();
        } catch (IOException e) {
            return 0;
        }
    }
}
