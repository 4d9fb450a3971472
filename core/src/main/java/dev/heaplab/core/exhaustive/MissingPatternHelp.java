package dev.heaplab.core.exhaustive;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.diag.Suggestion;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.typeck.CheckedStd;
import dev.heaplab.core.typeck.TypedProgram;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rustc adds under E0004 and E0005 to help: the enum's definition with the variants not covered
 * ("`Coin` defined here"), a match arm for the missing patterns after the last arm, and `let...else`
 * for a refutable `let`.
 */
final class MissingPatternHelp {
    private final TypedProgram program;
    private final SourceFile source;
    private Map<Span, Item.EnumDecl> enums;

    /** Where rustc 1.95's core library defines Option and Result, and their variants (by index). */
    private static final String CORE = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/";
    private static final Map<String, String[]> STD_ENUMS = Map.of(
            "Option", new String[] {CORE + "option.rs:600:0", CORE + "option.rs:604:4", CORE + "option.rs:608:4"},
            "Result", new String[] {CORE + "result.rs:557:0", CORE + "result.rs:561:4", CORE + "result.rs:566:4"});

    MissingPatternHelp(TypedProgram program) {
        this.program = program;
        this.source = program.crate().source();
    }

    /**
     * "`T` defined here" for an enum scrutinee, pointing at the variants of the witnesses; std's
     * enums only for `match` (rustc points at non-local types there, not under a `let`).
     */
    void definedHere(Diagnostic.Builder d, Ty ty, List<List<DPat>> witnesses, boolean nonLocal) {
        while (ty instanceof Ty.Ref r) ty = r.inner();
        if (!(ty instanceof Ty.Adt a)) return;
        AdtDef adt = program.defs().adt(a.def());
        if (adt == null || !adt.isEnum()) return;
        Set<Integer> variants = new LinkedHashSet<>();
        for (List<DPat> w : witnesses.subList(0, Math.min(5, witnesses.size()))) {
            DPat p = w.get(0);
            while (p.ctor() instanceof Ctor.Ref && !p.fields().isEmpty()) p = p.fields().get(0); // `&E::B(_)`
            if (p.ctor() instanceof Ctor.Variant v) variants.add(v.index());
        }
        String message = "`" + ty.display(program.defs()) + "` defined here";
        if (CheckedStd.isStd(adt.span())) {
            String[] at = STD_ENUMS.get(adt.name());
            if (!nonLocal || at == null) return;
            List<Diagnostic.StdLabel> labels = new ArrayList<>();
            for (int v : variants) if (v + 1 < at.length) labels.add(new Diagnostic.StdLabel(at[v + 1], "not covered"));
            d.stdNoteInOrder(message, at[0], labels);
            return;
        }
        Item.EnumDecl decl = enumAt(adt.span());
        if (decl == null) return;
        List<Label> labels = new ArrayList<>();
        labels.add(Label.primary(decl.name().span(), ""));
        for (int v : variants) labels.add(Label.secondary(decl.variants().get(v).name().span(), "not covered"));
        d.spanNoteInOrder(message, labels);
    }

    /** rustc's new arm after the last one: `{comma}{spacing}{patterns} => todo!()`, and its message. */
    void matchArm(Diagnostic.Builder d, Expr.Match m, List<String> witnesses) {
        List<Expr.MatchArm> arms = m.arms();
        if (arms.isEmpty()) return;
        boolean listed = witnesses.size() < 4;
        String pattern = listed ? String.join(" | ", witnesses) : "_";
        Expr.MatchArm last = arms.get(arms.size() - 1);
        // rustc leaves the comma out after a block body only in principle: its arm bodies are scopes, never blocks.
        String comma = ",", spacing;
        if (arms.size() == 1) {
            boolean multiline = text(last.span().hi(), skipWhileCommaOrSpace(last.span().hi())).indexOf('\n') >= 0;
            spacing = multiline ? "\n" + indentation(last.span().lo()) : " ";
        } else {
            Expr.MatchArm prev = arms.get(arms.size() - 2);
            spacing = text(prev.span().hi(), last.span().lo()).indexOf('\n') >= 0 ? "\n" + indentation(last.span().lo()) : " ";
        }
        int n = witnesses.size();
        String message = "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern"
                + (n > 1 && listed ? ", a match arm with multiple or-patterns" : "")
                + (n == 1 ? " or an explicit pattern as shown" : " as shown, or multiple match arms");
        d.suggestion(message, last.span().shrinkToHi(), comma + spacing + pattern + " => todo!()");
    }

    /** `let PAT = EXPR else { todo!() };` for a refutable `let` that binds variables. */
    void letElse(Diagnostic.Builder d, Stmt.Let let, int witnesses) {
        if (let.init() == null || !bindsVariables(let.pattern())) return;
        d.suggestion("you might want to use `let...else` to handle the " + (witnesses == 1 ? "variant that isn't" : "variants that aren't")
                + " matched", let.init().span().shrinkToHi(), " else { todo!() }");
    }

    private static boolean bindsVariables(Pattern p) {
        return switch (p) {
            case null -> false;
            case Pattern.Binding b -> true;
            case Pattern.Tuple t -> t.elems().stream().anyMatch(MissingPatternHelp::bindsVariables);
            case Pattern.TupleStruct t -> t.elems().stream().anyMatch(MissingPatternHelp::bindsVariables);
            case Pattern.Struct s -> s.fields().stream().anyMatch(f -> bindsVariables(f.pattern()));
            case Pattern.Ref r -> bindsVariables(r.inner());
            case Pattern.Or o -> o.alts().stream().anyMatch(MissingPatternHelp::bindsVariables);
            case Pattern.Slice s -> s.elems().stream().anyMatch(MissingPatternHelp::bindsVariables);
            default -> false;
        };
    }

    private int skipWhileCommaOrSpace(int pos) {
        String t = source.text();
        int i = pos - source.startPos();
        while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == ',')) i++;
        return i + source.startPos();
    }

    private String text(int lo, int hi) {
        int from = Math.max(0, lo - source.startPos()), to = Math.min(source.text().length(), hi - source.startPos());
        return from >= to ? "" : source.text().substring(from, to);
    }

    /** The whitespace before the first non-blank character of the line holding {@code pos}. */
    private String indentation(int pos) {
        String t = source.text();
        int i = pos - source.startPos();
        int start = t.lastIndexOf('\n', Math.max(0, i - 1)) + 1;
        int end = start;
        while (end < t.length() && (t.charAt(end) == ' ' || t.charAt(end) == '\t')) end++;
        return t.substring(start, end);
    }

    private Item.EnumDecl enumAt(Span span) {
        if (enums == null) {
            enums = new HashMap<>();
            collect(program.crate().items());
        }
        return enums.get(span);
    }

    private void collect(List<Item> items) {
        for (Item i : items) {
            if (i instanceof Item.EnumDecl e) enums.put(e.span(), e);
            if (i instanceof Item.ModDecl m) collect(m.items());
            if (i instanceof Item.FnDecl f && f.body() != null) collect(dev.heaplab.core.syntax.AstWalk.items(f.body()));
        }
    }
}
