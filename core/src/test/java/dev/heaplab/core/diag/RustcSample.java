package dev.heaplab.core.diag;

import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A program and the stderr rustc 1.95 printed for it, from the test resources, with span finders. */
record RustcSample(SourceFile file, String expectedStderr) {
    static RustcSample load(String name) {
        return new RustcSample(new SourceFile(name + ".rs", resource(name + ".rs")), resource(name + ".stderr"));
    }

    private static String resource(String name) {
        try (InputStream in = RustcSample.class.getResourceAsStream("/diag/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The span of the first occurrence of {@code needle} on 1-based {@code line}. */
    Span at(int line, String needle) {
        int start = lineStart(line);
        int idx = file.lineText(line).indexOf(needle);
        if (idx < 0) throw new IllegalArgumentException(needle + " not on line " + line);
        return new Span(start + idx, start + idx + needle.length());
    }

    /** The span of the {@code nth} (1-based) occurrence of {@code needle} on {@code line}. */
    Span at(int line, String needle, int nth) {
        int idx = -1;
        for (int i = 0; i < nth; i++) {
            idx = file.lineText(line).indexOf(needle, idx + 1);
            if (idx < 0) throw new IllegalArgumentException(needle + " #" + nth + " not on line " + line);
        }
        int start = lineStart(line);
        return new Span(start + idx, start + idx + needle.length());
    }

    /** From the start of {@code from} on line {@code a} to the end of {@code to} on line {@code b}. */
    Span between(int a, String from, int b, String to) { return at(a, from).to(at(b, to)); }

    static Span firstChar(Span s) { return new Span(s.lo(), s.lo() + 1); }

    /** An empty span just after {@code needle} on {@code line}. */
    Span after(int line, String needle) { return at(line, needle).shrinkToHi(); }

    private int lineStart(int line) {
        int off = 0;
        for (int l = 1; l < line; l++) off += file.lineText(l).length() + 1;
        return off;
    }

    String render(Diagnostic... ds) {
        var map = new dev.heaplab.core.source.SourceMap();
        map.add(file);
        String out = new HumanEmitter(map, "rustc --explain").renderAll(java.util.List.of(ds));
        try { // kept for diffing by hand when a comparison fails
            java.nio.file.Path dir = java.nio.file.Path.of("target", "diag-actual");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(file.displayPath().replace(".rs", ".stderr")), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
