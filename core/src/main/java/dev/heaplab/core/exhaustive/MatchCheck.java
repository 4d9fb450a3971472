package dev.heaplab.core.exhaustive;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.typeck.TypedProgram;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every `match` is exhaustive (E0004) and that `let` without `else` and `for` use
 * irrefutable patterns (E0005), reporting the missing patterns as rustc does. Arms with a guard
 * do not count towards exhaustiveness.
 */
public final class MatchCheck {
    private final TypedProgram program;
    private final Diagnostics diags;
    private final PatternBuilder builder;
    private final Usefulness usefulness;
    private final WitnessPrinter printer;
    private final ConstPatternCheck consts;
    private final MissingPatternHelp help;

    private MatchCheck(TypedProgram program, Diagnostics diags) {
        this.program = program;
        this.diags = diags;
        this.builder = new PatternBuilder(program.results(), program.defs());
        this.usefulness = new Usefulness(new Constructors(program.defs()));
        this.printer = new WitnessPrinter(program.defs());
        this.consts = new ConstPatternCheck(program, diags);
        this.help = new MissingPatternHelp(program);
    }

    /** Checks the user crate's bodies (the std stubs are trusted). */
    public static void check(TypedProgram program, Diagnostics diags) {
        MatchCheck mc = new MatchCheck(program, diags);
        mc.walker().items(program.crate().items());
    }

    private BodyWalker walker() {
        return new BodyWalker() {
            @Override void onMatch(Expr.Match m) { checkMatch(m); }

            @Override void onLet(Stmt.Let l) {
                if (consts.valid(l.pattern()) && l.elseBlock() == null) irrefutable(l.pattern(), "refutable pattern in local binding", l);
            }

            @Override void onFor(Expr.For f) {
                if (consts.valid(f.pattern())) irrefutable(f.pattern(), "refutable pattern in `for` loop binding", null);
            }

            @Override void onLetExpr(Expr.Let l) { consts.valid(l.pattern()); }

            @Override void onParam(Pattern p, boolean closure) {
                if (consts.valid(p)) irrefutable(p, "refutable pattern in " + (closure ? "closure" : "function") + " argument", null);
            }
        };
    }

    private Ty typeOf(Expr e) {
        var adj = program.results().adjustments(e.id());
        Ty t = adj.isEmpty() ? program.results().nodeType(e.id()) : adj.get(adj.size() - 1).target();
        return t == null ? Ty.ERROR : t;
    }

    private void checkMatch(Expr.Match m) {
        Ty ty = typeOf(m.scrutinee());
        boolean valid = true;
        for (Expr.MatchArm arm : m.arms()) valid &= consts.valid(arm.pattern());
        if (ty instanceof Ty.Error || !valid) return;
        List<List<DPat>> rows = new ArrayList<>();
        for (Expr.MatchArm arm : m.arms()) {
            if (arm.guard() == null) rows.add(List.of(builder.build(arm.pattern())));
        }
        List<List<DPat>> missing = new ArrayList<>();
        List<String> ws = witnesses(rows, ty, missing);
        if (ws.isEmpty()) return;
        String list = WitnessPrinter.list(ws);
        String patterns = ws.size() == 1 ? "pattern " : "patterns ";
        Diagnostic.Builder d = Diagnostic.error("E0004", "non-exhaustive patterns: " + list + " not covered")
                .primary(m.scrutinee().span(), patterns + list + " not covered");
        help.definedHere(d, ty, missing, true);
        d.note("the matched value is of type `" + ty.display(program.defs()) + "`");
        help.matchArm(d, m, ws);
        diags.add(d.build());
    }

    /** E0005 for a `let` ({@code let} non-null), a `for` or a parameter pattern. */
    private void irrefutable(Pattern p, String message, Stmt.Let let) {
        Ty ty = program.results().nodeType(p.id());
        List<Ty> adj = program.results().patternAdjustments(p.id());
        if (!adj.isEmpty()) ty = adj.get(0);
        if (ty == null || ty instanceof Ty.Error) return;
        List<List<DPat>> missing = new ArrayList<>();
        List<String> ws = witnesses(List.of(List.of(builder.build(p))), ty, missing);
        if (ws.isEmpty()) return;
        String list = WitnessPrinter.list(ws);
        Span span = p.span();
        Diagnostic.Builder d = Diagnostic.error("E0005", message)
                .primary(span, (ws.size() == 1 ? "pattern " : "patterns ") + list + " not covered");
        if (let != null) {
            d.note("`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant");
            d.note("for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html");
        }
        help.definedHere(d, ty, missing, false);
        d.note("the matched value is of type `" + ty.display(program.defs()) + "`");
        if (let != null) help.letElse(d, let, ws.size());
        diags.add(d.build());
    }

    /** The missing patterns as rustc prints them; {@code missing} receives them deconstructed. */
    private List<String> witnesses(List<List<DPat>> rows, Ty ty, List<List<DPat>> missing) {
        List<String> out = new ArrayList<>();
        for (List<DPat> w : usefulness.missing(rows, List.of(ty))) {
            String s = printer.print(w.get(0));
            if (!out.contains(s)) {
                out.add(s);
                missing.add(w);
            }
        }
        return out;
    }
}
