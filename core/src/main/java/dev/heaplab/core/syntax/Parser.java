package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import java.util.List;

/**
 * Entry point of the front end's syntax stage: source text to AST. Never throws on user input:
 * lexing errors, unbalanced delimiters (then nothing is parsed, as rustc) and syntax errors become
 * diagnostics, and the crate holds the items that parsed.
 */
public final class Parser {
    private Parser() {}

    /** Unterminated literals and comments: rustc stops after reporting them. */
    private static final java.util.Set<String> FATAL_LEX_ERRORS = java.util.Set.of("E0758", "E0762", "E0763", "E0765", "E0748");

    /** Parses a whole file; syntax errors and unsupported constructs are added to {@code diags}. */
    public static Crate parse(SourceFile file, Diagnostics diags) {
        return parse(file, diags, 0);
    }

    /** Parses a file whose NodeIds start at {@code firstNodeId} (spans use the file's global positions). */
    public static Crate parse(SourceFile file, Diagnostics diags, int firstNodeId) {
        try {
            int before = diags.all().size();
            Lexer.Lexed lexed = Lexer.lex(file, diags);
            List<Token> toks = lexed.tokens();
            dev.heaplab.core.StartupClock.mark("lexed " + file.displayPath());
            boolean fatal = diags.all().subList(before, diags.all().size()).stream()
                    .anyMatch(d -> d.code() != null && FATAL_LEX_ERRORS.contains(d.code()));
            if (fatal || !DelimiterCheck.check(toks, lexed.delims(), diags)) return new Crate(file, List.of(), firstNodeId, firstNodeId);
            return new CrateParser(file, diags, toks, firstNodeId).parseCrate();
        } catch (StackOverflowError | RuntimeException e) {
            // FIXME(defensive): a parser bug must not reach the user as a stack trace.
            diags.add(Diagnostic.internal(new dev.heaplab.core.source.Span(file.startPos(), file.startPos()),
                    "input the parser could not handle (" + dev.heaplab.core.Driver.describe(e) + ")"));
            return new Crate(file, List.of(), firstNodeId, firstNodeId);
        }
    }
}
