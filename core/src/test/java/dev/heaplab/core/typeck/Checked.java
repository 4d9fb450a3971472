package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.syntax.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A type-checked test program: its source, typed program (null on errors) and diagnostics. */
record Checked(SourceFile file, Crate crate, TypedProgram program, List<Diagnostic> diags) {
    static Checked of(String src) {
        SourceFile file = new SourceFile("main.rs", src);
        Diagnostics diags = new Diagnostics();
        Crate crate = Parser.parse(file, diags);
        List<TypeChecker.StdSource> std = new ArrayList<>(TypeChecker.loadStd());
        if (std.stream().noneMatch(s -> s.path().endsWith("builtins.rs"))) std.add(testBuiltins());
        TypedProgram p = TypeChecker.check(crate, diags, std);
        return new Checked(file, crate, p, diags.all());
    }

    private static TypeChecker.StdSource testBuiltins() {
        try (InputStream in = Checked.class.getResourceAsStream("/dev/heaplab/typeck/test-builtins.rs")) {
            return new TypeChecker.StdSource("<std>/builtins.rs", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each diagnostic as `E0308@3: mismatched types [label]`, with the line of its primary span in the user's file. */
    List<String> summary() {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diags) {
            var span = d.primarySpan();
            String where = span == null ? "?" : file.contains(span.lo()) ? String.valueOf(file.line(span.lo())) : "std@" + span.lo();
            String label = d.labels().isEmpty() ? "" : d.labels().stream().filter(l -> l.primary()).map(l -> l.message())
                    .collect(Collectors.joining("|"));
            out.add((d.code() == null ? "" : d.code()) + "@" + where + ": " + d.message() + (label.isEmpty() ? "" : " [" + label + "]"));
        }
        return out;
    }

    String describe() { return String.join("\n", summary()); }
}
