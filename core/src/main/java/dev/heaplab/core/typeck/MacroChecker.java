package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.fmt.FormatParse;
import dev.heaplab.core.fmt.FormatStringParser;
import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.fmt.LiteralMap;
import dev.heaplab.core.fmt.MacroArgs;
import dev.heaplab.core.resolve.Decl;
import dev.heaplab.core.resolve.ModuleScope.Ns;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The supported macros. Formatting macros parse their template with the fmt parser, resolve implicit
 * captures like path expressions, and require each argument to implement its hole's formatting trait
 * (checked when the body's types are known, with rustc's messages).
 */
final class MacroChecker {
    /** A formatting requirement checked at the end of the body. */
    /** {@code hole}: the `{}` whose trait it is, labelled "required by this formatting parameter" (null: none to label). */
    record FormatCheck(Ty ty, FormatTemplate.Trait trait, Span span, Span hole) {}

    private final FnCtxt fcx;
    final List<FormatCheck> formatChecks = new ArrayList<>();

    MacroChecker(FnCtxt fcx) { this.fcx = fcx; }

    Ty check(Expr.MacroCall m, Ty expected) {
        String name = m.name().name();
        List<Expr.MacroArg> args = m.args();
        switch (name) {
            case "println", "print", "eprintln", "eprint" -> {
                format(m, args, 0);
                return Ty.UNIT;
            }
            case "format" -> {
                format(m, args, 0);
                return stringTy();
            }
            case "panic", "unreachable", "todo", "unimplemented" -> {
                if (!args.isEmpty()) format(m, args, 0);
                return Ty.NEVER;
            }
            case "write", "writeln" -> {
                if (args.isEmpty()) return Ty.ERROR;
                Ty dest = fcx.exprs.check(args.get(0).value(), null);
                format(m, args, 1);
                Ty d = fcx.icx.resolve(dest);
                while (d instanceof Ty.Ref r) d = r.inner();
                if (!(d instanceof Ty.Adt a && (fcx.solver.langOf(a) == LangItem.STRING || fcx.solver.langOf(a) == LangItem.FORMATTER))
                        && !(d instanceof Ty.Error)) {
                    fcx.cx.unsupported(args.get(0).span(), "`" + name + "!` to a destination other than a `String` or a `Formatter`");
                } else if (d instanceof Ty.Adt a && fcx.solver.langOf(a) == LangItem.STRING) {
                    writeTraitInScope(args.get(0).span(), d);
                }
                return fmtResult();
            }
            case "assert", "debug_assert" -> {
                if (args.isEmpty()) return Ty.UNIT;
                fcx.exprs.coerceTo(args.get(0).value(), Ty.BOOL);
                if (args.size() > 1) format(m, args, 1);
                return Ty.UNIT;
            }
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> {
                if (args.size() < 2) return Ty.UNIT;
                Ty a = fcx.exprs.check(args.get(0).value(), null);
                Ty b = fcx.exprs.check(args.get(1).value(), a);
                var eq = fcx.cx.langTrait("PartialEq");
                Span span = m.span();
                int snap = fcx.icx.snapshot();
                if (!(fcx.icx.shallow(a) instanceof Ty.Infer && fcx.icx.shallow(b) instanceof Ty.Infer) && !fcx.icx.unify(a, b)) {
                    fcx.icx.rollback(snap);
                }
                // rustc checks `*left_val == *right_val` as an operator on a user type: with no `PartialEq`
                // at all, E0369 at the macro; with one impl, the right operand is expected as its type (E0308)
                Ty ra = fcx.icx.resolve(a);
                OperatorChecker.Candidates c = eq != null && ra instanceof Ty.Adt && !dev.heaplab.core.types.TySubst.hasInfer(ra)
                        && !dev.heaplab.core.types.TySubst.hasInfer(fcx.icx.resolve(b)) ? fcx.exprs.ops.candidates(ra, eq, Expr.BinOp.EQ) : null;
                if (c != null && c.count() == 0 && ra.equals(fcx.icx.resolve(b))) {
                    String shown = fcx.show(ra);
                    var d = dev.heaplab.core.diag.Diagnostic.error("E0369", "binary operation `==` cannot be applied to type `" + shown + "`")
                            .secondary(span, shown).secondary(span, shown).primary(span, "");
                    MissingOperatorImpl.note(fcx, d, ra, "PartialEq");
                    fcx.cx.diags.add(d.build());
                } else if (c != null && c.count() == 1 && c.rhs() != null && !unifies(c.rhs(), b)) {
                    fcx.mismatch(args.get(1).value().span(), c.rhs(), b);
                } else fcx.require(a, eq, List.of(b), Map.of(), span);
                // Lowering compares non-primitive operands through `PartialEq::eq(&left, &right)`.
                var eqFn = eq == null ? null : fcx.cx.defs.trait(eq).methods().get("eq");
                if (eqFn != null) fcx.tables.callees.put(m.id(), new TypeckResults.Callee(eqFn, List.of(a, b)));
                formatChecks.add(new FormatCheck(a, FormatTemplate.Trait.DEBUG, args.get(0).span(), null));
                formatChecks.add(new FormatCheck(b, FormatTemplate.Trait.DEBUG, args.get(1).span(), null));
                if (args.size() > 2) format(m, args, 2);
                return Ty.UNIT;
            }
            case "vec" -> {
                Ty hint = null;
                AdtDef vec = fcx.cx.defs.langAdt(LangItem.VEC);
                if (vec == null) {
                    fcx.cx.unsupported(m.span(), "`vec!` without the std `Vec`");
                    return Ty.ERROR;
                }
                if (expected != null && fcx.icx.shallow(expected) instanceof Ty.Adt ea && ea.def().equals(vec.id())) hint = ea.args().get(0);
                Ty elem;
                if (m.repeat() && args.size() == 2) {
                    elem = fcx.exprs.check(args.get(0).value(), hint);
                    fcx.exprs.coerceTo(args.get(1).value(), Ty.USIZE);
                    fcx.require(elem, fcx.cx.langTrait("Clone"), List.of(), Map.of(), args.get(0).span());
                } else {
                    List<Expr> es = new ArrayList<>();
                    for (Expr.MacroArg a : args) es.add(a.value());
                    elem = fcx.exprs.elements(es, hint);
                }
                return new Ty.Adt(vec.id(), List.of(elem));
            }
            case "matches" -> {
                if (args.isEmpty() || m.pattern() == null) return Ty.BOOL;
                Ty s = fcx.exprs.check(args.get(0).value(), null);
                fcx.pushScope();
                fcx.pats.checkRoot(m.pattern(), s);
                if (m.guard() != null) {
                    fcx.exprs.coerceTo(m.guard(), Ty.BOOL);
                    GuardWrites.check(fcx, args.get(0).value(), m.pattern(), m.guard(), null);
                }
                fcx.popScope();
                return Ty.BOOL;
            }
            default -> {
                fcx.cx.unsupported(m.span(), "macro `" + name + "!`");
                for (Expr.MacroArg a : args) fcx.exprs.check(a.value(), null);
                return Ty.ERROR;
            }
        }
    }

    /** Would {@code a} and {@code b} unify (tried and undone)? */
    private boolean unifies(Ty a, Ty b) {
        int snap = fcx.icx.snapshot();
        boolean ok = fcx.icx.unify(a, b);
        fcx.icx.rollback(snap);
        return ok;
    }

    private Ty stringTy() {
        AdtDef s = fcx.cx.defs.langAdt(LangItem.STRING);
        return s == null ? Ty.ERROR : new Ty.Adt(s.id(), List.of());
    }

    private Ty fmtResult() {
        AdtDef result = fcx.cx.defs.langAdt(LangItem.RESULT);
        AdtDef err = fcx.cx.defs.langAdt(LangItem.FMT_ERROR);
        if (result == null || err == null) return Ty.ERROR;
        return new Ty.Adt(result.id(), List.of(Ty.UNIT, new Ty.Adt(err.id(), List.of())));
    }

    /** Parses the template at {@code args[at]} and checks the arguments after it. */
    private void format(Expr.MacroCall m, List<Expr.MacroArg> args, int at) {
        if (args.size() <= at) {
            fcx.tables.formatArgs.put(m.id(), new FormatArgs(new FormatTemplate(List.of()), List.of()));
            return;
        }
        Expr tmpl = args.get(at).value();
        if (!(tmpl instanceof Expr.Lit lit && lit.value() instanceof Expr.LitValue.Str str)) {
            fcx.error("", "format argument must be a string literal", tmpl.span(), "");
            for (int i = at; i < args.size(); i++) fcx.exprs.check(args.get(i).value(), null);
            return;
        }
        List<Span> positional = new ArrayList<>();
        List<MacroArgs.Named> named = new ArrayList<>();
        List<Expr> explicit = new ArrayList<>();
        List<Expr> namedExprs = new ArrayList<>();
        for (int i = at + 1; i < args.size(); i++) {
            Expr.MacroArg a = args.get(i);
            if (a.name() == null) {
                positional.add(a.value().span());
                explicit.add(a.value());
            } else {
                named.add(new MacroArgs.Named(a.name().name(), a.value().span()));
                namedExprs.add(a.value());
            }
        }
        explicit.addAll(namedExprs);
        String raw = null;
        if (fcx.cx.sources != null) {
            SourceFile f = fcx.cx.sources.fileOf(tmpl.span());
            if (f != null) raw = f.slice(tmpl.span());
        }
        FormatParse parse = FormatStringParser.parse(str.value(), LiteralMap.of(str.value(), tmpl.span(), raw),
                new MacroArgs(positional, named));
        for (Diagnostic d : parse.diagnostics()) fcx.cx.diags.add(d);
        List<Ty> argTys = new ArrayList<>();
        List<FormatArgs.Arg> out = new ArrayList<>();
        for (Expr e : explicit) {
            argTys.add(fcx.exprs.check(e, null));
            out.add(new FormatArgs.Arg.Explicit(e));
        }
        for (FormatParse.Capture c : parse.captures()) {
            FnCtxt.LocalVar v = fcx.lookupLocal(c.name());
            Res res = null;
            Ty ty = Ty.ERROR;
            if (v != null) {
                res = new Res.Local(v.binding());
                ty = v.ty();
            } else {
                Decl d = fcx.cx.resolver.lookup(fcx.scope(), c.name(), Ns.VALUE);
                if (d instanceof Decl.Const k) {
                    res = new Res.Const(k.def());
                    ty = fcx.cx.defs.constant(k.def()).ty();
                } else if (d instanceof Decl.Static k) {
                    res = new Res.Static(k.def());
                    ty = fcx.cx.defs.constant(k.def()).ty();
                } else if (!fcx.exprs.calls().unresolvedCapture(c.name(), c.span())) {
                    fcx.error("E0425", "cannot find value `" + c.name() + "` in this scope", c.span(), "not found in this scope");
                }
            }
            argTys.add(ty);
            out.add(new FormatArgs.Arg.Captured(c.name(), res, c.span()));
        }
        if (parse.template() == null) return;
        fcx.tables.formatArgs.put(m.id(), new FormatArgs(parse.template(), out));
        int hole = 0;
        for (FormatTemplate.Piece p : parse.template().pieces()) {
            if (!(p instanceof FormatTemplate.Piece.Argument a)) continue;
            Span span = hole < parse.holeSpans().size() ? parse.holeSpans().get(hole) : tmpl.span();
            hole++;
            if (a.argIndex() >= 0 && a.argIndex() < argTys.size()) {
                Span argSpan = a.argIndex() < explicit.size() ? explicit.get(a.argIndex()).span() : span;
                formatChecks.add(new FormatCheck(argTys.get(a.argIndex()), a.spec().trait(), argSpan, span.equals(argSpan) ? null : span));
            }
            countArg(a.spec().width(), argTys, explicit, span);
            countArg(a.spec().precision(), argTys, explicit, span);
        }
    }

    /** A width or precision taken from an argument (`{:1$}`, `{:.prec$}`) must be a `usize`, as rustc's E0308. */
    private void countArg(FormatTemplate.Count c, List<Ty> argTys, List<Expr> explicit, Span hole) {
        if (!(c instanceof FormatTemplate.Count.FromArg f) || f.argIndex() >= argTys.size()) return;
        Ty ty = argTys.get(f.argIndex());
        if (fcx.icx.unify(ty, Ty.USIZE)) return;
        Ty found = fcx.icx.resolve(ty);
        if (found instanceof Ty.Error) return;
        Span at = f.argIndex() < explicit.size() ? explicit.get(f.argIndex()).span() : hole;
        fcx.cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0308", "mismatched types")
                .primary(at, "expected `&usize`, found `&" + found.display(fcx.cx.defs) + "`").build());
    }

    /** After inference: reports arguments that do not implement their hole's trait. */
    void finish() {
        for (FormatCheck c : formatChecks) {
            Ty t = fcx.icx.resolve(c.ty());
            if (t instanceof Ty.Error) continue;
            String trait = switch (c.trait()) {
                case DISPLAY -> "Display";
                case DEBUG -> "Debug";
                case LOWER_HEX -> "LowerHex";
                case UPPER_HEX -> "UpperHex";
                case OCTAL -> "Octal";
                case BINARY -> "Binary";
                case LOWER_EXP -> "LowerExp";
                case UPPER_EXP -> "UpperExp";
                case POINTER -> "Pointer";
            };
            if (fcx.cx.langTrait(trait) == null) {
                if (!numericFormat(t, c.trait())) report(beforeDefaults(c.ty()), trait, c.span(), c.hole());
                continue;
            }
            if (!fcx.implementsTrait(t, trait, List.of())) report(beforeDefaults(c.ty()), trait, c.span(), c.hole());
        }
    }

    /** An argument's type as rustc shows it: its trait fails before the literals' defaults (`Vec<{integer}>`). */
    private Ty beforeDefaults(Ty t) {
        return fcx.icx.resolveBeforeDefaults(t, java.util.EnumSet.of(Ty.InferKind.INTEGER, Ty.InferKind.FLOAT));
    }

    private boolean numericFormat(Ty t, FormatTemplate.Trait trait) {
        while (t instanceof Ty.Ref r) t = r.inner();
        return switch (trait) {
            case LOWER_HEX, UPPER_HEX, OCTAL, BINARY -> t instanceof Ty.Int;
            case LOWER_EXP, UPPER_EXP -> t instanceof Ty.Int || t instanceof Ty.Float;
            case POINTER -> t instanceof Ty.Ref || t instanceof Ty.RawPtr;
            default -> false;
        };
    }

    private void report(Ty t, String trait, Span span, Span hole) {
        // rustc reports `&T: Display` (one or two references to a user type) on `T`, with the
        // references as "required for" notes.
        List<String> refs = new ArrayList<>();
        if (trait.equals("Display") && t instanceof Ty.Ref) {
            Ty inner = t;
            while (inner instanceof Ty.Ref r && refs.size() < 3) {
                refs.add(r.mutable() ? "&mut " : "&");
                inner = r.inner();
            }
            if (refs.size() <= 2 && inner instanceof Ty.Adt) t = inner;
            else refs.clear();
        }
        String shown = t.display(fcx.cx.defs);
        Diagnostic.Builder b;
        // rustc's "the trait `X` is not implemented for `T`": on the user's type's header, else a plain help
        // (not yet for a type parameter or a reference, whose bound rustc explains otherwise)
        boolean explained = !(t instanceof Ty.Param || t instanceof Ty.Ref || t instanceof Ty.Infer);
        Span head = t instanceof Ty.Adt a ? MissingOperatorImpl.headOf(fcx.cx, a) : null;
        if (trait.equals("Display")) {
            String path = fcx.cx.langTrait("Display") == null ? "std::fmt::Display" : fcx.cx.defs.path(fcx.cx.langTrait("Display"));
            b = Diagnostic.error("E0277", "`" + shown + "` doesn't implement `" + path + "`")
                    .primary(span, "`" + shown + "` cannot be formatted with the default formatter");
            if (hole != null) b.secondary(hole, "required by this formatting parameter");
            String explanation = "the trait `" + path + "` is not implemented for `" + shown + "`";
            if (head != null) b.spanHelpInOrder(explanation, List.of(dev.heaplab.core.diag.Label.primary(head, "")));
            else if (explained) b.help(explanation);
            b.note("in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead");
            String with = shown;
            for (int k = refs.size() - 1; k >= 0; k--) {
                with = refs.get(k) + with;
                if (k == 0 && refs.size() == 2) b.note("1 redundant requirement hidden");
                b.note("required for `" + with + "` to implement `" + path + "`");
            }
        } else if (trait.equals("Debug")) {
            b = Diagnostic.error("E0277", "`" + shown + "` doesn't implement `Debug`")
                    .primary(span, "`" + shown + "` cannot be formatted using `{:?}` because it doesn't implement `Debug`");
            if (hole != null) b.secondary(hole, "required by this formatting parameter");
            if (explained) b.help("the trait `Debug` is not implemented for `" + shown + "`");
            if (head != null) {
                b.note("add `#[derive(Debug)]` to `" + shown + "` or manually `impl Debug for " + shown + "`");
                MissingOperatorImpl.deriveHelp(fcx.cx, b, (Ty.Adt) t, "Debug", false);
            }
        } else {
            b = Diagnostic.error("E0277", "the trait bound `" + shown + ": " + trait + "` is not satisfied")
                    .primary(span, "the trait `" + trait + "` is not implemented for `" + shown + "`");
            if (hole != null) b.secondary(hole, "required by this formatting parameter");
        }
        fcx.cx.diags.add(b.build());
    }

    /** E0599: `write!` into a `String` calls `fmt::Write::write_fmt`, a trait method: the trait must be in scope. */
    private void writeTraitInScope(Span dest, Ty destTy) {
        var write = fcx.cx.langTrait("FmtWrite");
        if (write == null || fcx.cx.resolver.traitInScope(fcx.scope(), write, "Write")) return;
        String ty = fcx.show(destTy);
        fcx.cx.report(dev.heaplab.core.diag.Diagnostic.error("E0599", "cannot write into `" + ty + "`")
                .primary(dest, "")
                .note("must implement `io::Write`, `fmt::Write`, or have a `write_fmt` method")
                .help("items from traits can only be used if the trait is in scope")
                .help("trait `Write` which provides `write_fmt` is implemented but not in scope; perhaps you want to import it: `use std::fmt::Write;`")
                .build());
    }
}
