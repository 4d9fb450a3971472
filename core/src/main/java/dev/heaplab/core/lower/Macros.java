package dev.heaplab.core.lower;

import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.typeck.FormatArgs;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.typeck.TypeckResults;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers the supported macros to calls of machine builtins (see the builtins contract):
 * formatting macros pass a {@link FormatTemplate} constant then a reference to each argument;
 * `assert*!` become a test and a diverging panic call; `vec!` builds from an array or by repetition;
 * `matches!` is a two-armed match.
 */
final class Macros {
    private final LowerCx cx;

    Macros(LowerCx cx) { this.cx = cx; }

    void lower(Place dest, Expr.MacroCall m) {
        String name = m.name().name();
        Span span = m.span();
        switch (name) {
            case "println", "print", "eprintln", "eprint" -> {
                boolean newline = name.endsWith("ln");
                String key = name.startsWith("e") ? "fmt::eprint" : "fmt::print";
                List<Operand> args = formatOperands(m, newline, null);
                if (args == null) return;
                cx.exprs.emitCall(dest, LowerCx.fnOperand(cx.intrinsics.get(key, Ty.UNIT), List.of()), args, span);
            }
            case "format" -> {
                // std's `format!` is `{ let res = fmt::format(format_args!(..)); res }`: the temporaries
                // of its arguments are dropped right after the call, not at the end of the enclosing statement.
                cx.scopes.push(span);
                List<Operand> args = formatOperands(m, false, null);
                if (args == null) {
                    cx.scopes.discard();
                    return;
                }
                cx.exprs.emitCall(dest, LowerCx.fnOperand(cx.intrinsics.get("fmt::format", cx.ty(m.id())), List.of()), args, span);
                cx.scopes.pop(span.shrinkToHi());
            }
            case "write", "writeln" -> write(dest, m, name.equals("writeln"));
            case "panic" -> panic(m, null);
            case "unreachable" -> panic(m, "internal error: entered unreachable code");
            case "todo" -> panic(m, "not yet implemented");
            case "unimplemented" -> panic(m, "not implemented");
            case "assert", "debug_assert" -> assertMacro(dest, m);
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> assertEq(dest, m, name.endsWith("eq"));
            case "vec" -> vec(dest, m);
            case "matches" -> matches(dest, m);
            default -> cx.unsupported(span, "macro `" + name + "!`");
        }
    }

    /**
     * The template constant followed by `&arg` for each format argument. {@code prefix} is
     * prepended to the template's text (panic kinds), {@code newline} appends "\n".
     */
    private List<Operand> formatOperands(Expr.MacroCall m, boolean newline, String prefix) {
        FormatArgs fa = cx.results.formatArgs(m.id());
        FormatTemplate template;
        List<FormatArgs.Arg> args;
        if (fa == null) {
            template = new FormatTemplate(List.of());
            args = List.of();
        } else {
            template = fa.template();
            args = fa.args();
        }
        List<FormatTemplate.Piece> pieces = new ArrayList<>(template.pieces());
        inlineLiterals(pieces, args);
        if (prefix != null) {
            String sep = pieces.isEmpty() ? "" : ": ";
            pieces.add(0, new FormatTemplate.Piece.Literal(prefix + sep));
        }
        if (newline) pieces.add(new FormatTemplate.Piece.Literal("\n"));
        List<Operand> ops = new ArrayList<>();
        ops.add(new Operand.Constant(new ConstValue.Format(new FormatTemplate(merge(pieces))), Ty.UNIT));
        for (FormatArgs.Arg a : args) {
            switch (a) {
                case FormatArgs.Arg.Explicit e -> ops.add(cx.exprs.refTo(cx.exprs.place(e.expr()), cx.adjustedTy(e.expr()), false,
                        e.expr().span()));
                case FormatArgs.Arg.Captured c -> {
                    if (c.res() instanceof Res.Const k || c.res() instanceof Res.Static) {
                        var def = c.res() instanceof Res.Const k2 ? k2.def() : ((Res.Static) c.res()).def();
                        var cd = cx.defs.constant(def);
                        Local t = cx.temp(cd == null ? Ty.ERROR : cd.ty(), c.span());
                        cx.exprs.constValue(Place.of(t), def, c.span());
                        ops.add(cx.exprs.refTo(Place.of(t), cd == null ? Ty.ERROR : cd.ty(), false, c.span()));
                        continue;
                    }
                    if (!(c.res() instanceof Res.Local l)) {
                        cx.unsupported(c.span(), "capturing `" + c.name() + "` in a format string");
                        return null;
                    }
                    Place p = cx.exprs.placeOfPath(l.binding(), List.of(), c.span());
                    ops.add(cx.exprs.refTo(p, cx.ty(l.binding()), false, c.span()));
                }
            }
        }
        return ops;
    }

    /**
     * rustc's format_args lowering inlines a string literal or an integer literal that fits its type
     * (unsuffixed: i32) formatted by a plain `{}` into the template's text: `format!("n = {}", 42)`
     * is then one piece, which decides `format!`'s initial capacity and how many writes a `write!` makes.
     */
    private static void inlineLiterals(List<FormatTemplate.Piece> pieces, List<FormatArgs.Arg> args) {
        for (int i = 0; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof FormatTemplate.Piece.Argument a) || !a.spec().equals(FormatTemplate.FormatSpec.DEFAULT)
                    || a.argIndex() < 0 || a.argIndex() >= args.size() || !(args.get(a.argIndex()) instanceof FormatArgs.Arg.Explicit e))
                continue;
            Expr x = e.expr();
            while (x instanceof Expr.Paren p || x instanceof Expr.AddrOf) x = x instanceof Expr.Paren p ? p.inner() : ((Expr.AddrOf) x).operand();
            String text = null;
            if (x instanceof Expr.Lit lit) {
                if (lit.value() instanceof Expr.LitValue.Str str) text = str.value();
                else if (lit.value() instanceof Expr.LitValue.Int n && n.value().compareTo(literalMax(n.suffix())) <= 0) text = n.value().toString();
            }
            if (text != null) pieces.set(i, new FormatTemplate.Piece.Literal(text));
        }
    }

    private static java.math.BigInteger literalMax(String suffix) {
        return switch (suffix) {
            case "i8" -> java.math.BigInteger.valueOf(Byte.MAX_VALUE);
            case "i16" -> java.math.BigInteger.valueOf(Short.MAX_VALUE);
            case "", "i32" -> java.math.BigInteger.valueOf(Integer.MAX_VALUE);
            case "i64", "isize" -> java.math.BigInteger.valueOf(Long.MAX_VALUE);
            case "i128" -> java.math.BigInteger.ONE.shiftLeft(127).subtract(java.math.BigInteger.ONE);
            case "u8" -> java.math.BigInteger.valueOf(255);
            case "u16" -> java.math.BigInteger.valueOf(65535);
            case "u32" -> java.math.BigInteger.valueOf(4294967295L);
            case "u64", "usize" -> java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE);
            case "u128" -> java.math.BigInteger.ONE.shiftLeft(128).subtract(java.math.BigInteger.ONE);
            default -> java.math.BigInteger.valueOf(-1);
        };
    }

    /** Joins adjacent literal pieces so that templates stay canonical. */
    private static List<FormatTemplate.Piece> merge(List<FormatTemplate.Piece> pieces) {
        List<FormatTemplate.Piece> out = new ArrayList<>();
        for (FormatTemplate.Piece p : pieces) {
            if (p instanceof FormatTemplate.Piece.Literal l && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof FormatTemplate.Piece.Literal prev) {
                out.set(out.size() - 1, new FormatTemplate.Piece.Literal(prev.text() + l.text()));
            } else if (!(p instanceof FormatTemplate.Piece.Literal l2 && l2.text().isEmpty())) {
                out.add(p);
            }
        }
        return out;
    }

    private void write(Place dest, Expr.MacroCall m, boolean newline) {
        if (m.args().isEmpty()) { cx.unsupported(m.span(), "`write!` without a destination"); return; }
        Expr target = m.args().get(0).value();
        Ty tty = cx.adjustedTy(target);
        Ty inner = tty instanceof Ty.Ref r ? r.inner() : tty;
        boolean isString = inner instanceof Ty.Adt a && cx.defs.adt(a.def()) != null
                && cx.defs.adt(a.def()).lang() == dev.heaplab.core.types.LangItem.STRING;
        Operand dst;
        if (tty instanceof Ty.Ref r && r.mutable()) {
            dst = cx.exprs.refTo(cx.exprs.place(target, true).deref(), inner, true, target.span());
        } else {
            dst = cx.exprs.refTo(cx.exprs.place(target, true), inner, true, target.span());
        }
        List<Operand> fmt = formatOperands(m, newline, null);
        if (fmt == null) return;
        List<Operand> args = new ArrayList<>();
        args.add(dst);
        args.addAll(fmt);
        String key = isString ? "fmt::write_string" : "fmt::write_formatter";
        cx.exprs.emitCall(dest, LowerCx.fnOperand(cx.intrinsics.get(key, cx.ty(m.id())), List.of()), args, m.span());
    }

    /** panic!, unreachable!, todo!, unimplemented!: a diverging call with the full message template. */
    private void panic(Expr.MacroCall m, String kind) {
        List<Operand> args;
        if (kind == null && m.args().isEmpty()) {
            args = List.of(literalTemplate("explicit panic"));
        } else if (kind != null && m.args().isEmpty()) {
            args = List.of(literalTemplate(kind));
        } else {
            args = formatOperands(m, false, kind);
            if (args == null) return;
        }
        cx.exprs.emitDivergingCall(LowerCx.fnOperand(cx.intrinsics.get("panic::panic_fmt", Ty.NEVER), List.of()), args, m.span());
    }

    private static Operand literalTemplate(String text) {
        return new Operand.Constant(new ConstValue.Format(new FormatTemplate(
                List.of(new FormatTemplate.Piece.Literal(text)))), Ty.UNIT);
    }

    private void assertMacro(Place dest, Expr.MacroCall m) {
        Span span = m.span();
        Expr cond = m.args().get(0).value();
        Operand c = cx.exprs.operand(cond);
        BlockId fail = cx.cfg.newBlock();
        BlockId ok = cx.cfg.newBlock();
        cx.cfg.terminate(new dev.heaplab.core.mir.Terminator.SwitchInt(span, c, List.of(BigInteger.ZERO), List.of(fail), ok));
        cx.cfg.switchTo(fail);
        List<Operand> args;
        if (m.args().size() > 1) {
            args = formatOperands(m, false, null);
            if (args == null) return;
        } else {
            String text = cx.sourceText(cond.span());
            args = List.of(literalTemplate("assertion failed: " + text));
        }
        cx.exprs.emitDivergingCall(LowerCx.fnOperand(cx.intrinsics.get("panic::panic_fmt", Ty.NEVER), List.of()), args, span);
        cx.cfg.switchTo(ok);
        cx.assign(span, dest, new Rvalue.Use(LowerCx.unit()));
    }

    private void assertEq(Place dest, Expr.MacroCall m, boolean eq) {
        Span span = m.span();
        Expr left = m.args().get(0).value();
        Expr right = m.args().get(1).value();
        Place lp = cx.exprs.place(left);
        Place rp = cx.exprs.place(right);
        Ty lt = cx.adjustedTy(left), rt = cx.adjustedTy(right);
        Local same = cx.temp(Ty.BOOL, span);
        TypeckResults.Callee callee = cx.results.callee(m.id());
        if (callee != null && !isPrimitive(lt)) {
            cx.exprs.emitCall(Place.of(same), LowerCx.fnOperand(callee.fn(), callee.args()),
                    List.of(cx.exprs.refTo(lp, lt, false, span), cx.exprs.refTo(rp, rt, false, span)), span);
        } else {
            cx.assign(span, Place.of(same), new Rvalue.BinaryOp(Rvalue.BinOp.EQ, new Operand.Copy(lp), new Operand.Copy(rp)));
        }
        BlockId fail = cx.cfg.newBlock();
        BlockId ok = cx.cfg.newBlock();
        // assert_eq fails when not equal (0), assert_ne when equal (1).
        cx.cfg.terminate(new dev.heaplab.core.mir.Terminator.SwitchInt(span, new Operand.Copy(Place.of(same)),
                List.of(eq ? BigInteger.ZERO : BigInteger.ONE), List.of(fail), ok));
        cx.cfg.switchTo(fail);
        List<Operand> args = new ArrayList<>();
        args.add(LowerCx.constInt(eq ? 0 : 1, new Ty.Int(dev.heaplab.core.types.IntTy.U8)));
        args.add(cx.exprs.refTo(lp, lt, false, span));
        args.add(cx.exprs.refTo(rp, rt, false, span));
        if (m.args().size() > 2) {
            List<Operand> fmt = formatOperands(m, false, null);
            if (fmt == null) return;
            args.addAll(fmt);
        }
        cx.exprs.emitDivergingCall(LowerCx.fnOperand(cx.intrinsics.get("panic::assert_failed", Ty.NEVER), List.of()), args, span);
        cx.cfg.switchTo(ok);
        cx.assign(span, dest, new Rvalue.Use(LowerCx.unit()));
    }

    private static boolean isPrimitive(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char;
    }

    private void vec(Place dest, Expr.MacroCall m) {
        Span span = m.span();
        Ty vecTy = cx.ty(m.id());
        Ty elem = vecTy instanceof Ty.Adt a && !a.args().isEmpty() ? a.args().get(0) : Ty.ERROR;
        if (m.repeat()) {
            Operand e = cx.exprs.operand(m.args().get(0).value());
            Operand n = cx.exprs.operand(m.args().get(1).value());
            DefId fn = cx.intrinsics.get("vec::from_elem", vecTy);
            cx.exprs.emitCall(dest, LowerCx.fnOperand(fn, List.of(elem)), List.of(e, n), span);
            return;
        }
        List<Operand> elems = new ArrayList<>();
        for (Expr.MacroArg a : m.args()) elems.add(cx.exprs.operand(a.value()));
        Ty arrTy = new Ty.Array(elem, elems.size());
        Local arr = cx.temp(arrTy, span);
        cx.assign(span, Place.of(arr), new Rvalue.Aggregate(new Rvalue.AggregateKind.Array(elem), elems));
        DefId fn = cx.intrinsics.get("vec::from_array", vecTy);
        cx.exprs.emitCall(dest, LowerCx.fnOperand(fn, List.of(elem)), List.of(new Operand.Move(Place.of(arr))), span);
    }

    private void matches(Place dest, Expr.MacroCall m) {
        Span span = m.span();
        Expr scrutinee = m.args().get(0).value();
        Place p = cx.exprs.place(scrutinee);
        Ty ty = cx.adjustedTy(scrutinee);
        BlockId no = cx.cfg.newBlock();
        BlockId join = cx.cfg.newBlock();
        int depth = cx.scopes.depth();
        cx.scopes.push(span);
        cx.patterns.readsAt(scrutinee.span(), scrutinee.span());
        cx.patterns.test(m.pattern(), p, ty, no);
        if (m.guard() != null) {
            cx.patterns.bind(m.pattern(), p, ty, depth, true);
            BlockId guardFail = cx.cfg.newBlock();
            cx.patterns.guardRefs(m.pattern(), p, ty);
            cx.exprs.flow.cond(m.guard(), guardFail, depth);
            cx.guardRefs.clear();
            cx.scopes.exitTo(depth, span);
            cx.assign(span, dest, new Rvalue.Use(LowerCx.constBool(true)));
            cx.cfg.gotoBlock(join, span);
            cx.cfg.switchTo(guardFail);
            cx.scopes.exitInnermostWithoutDrops(span);
            cx.cfg.gotoBlock(no, span);
            cx.scopes.discard();
        } else {
            cx.scopes.pop(span);
            cx.assign(span, dest, new Rvalue.Use(LowerCx.constBool(true)));
            cx.cfg.gotoBlock(join, span);
        }
        cx.cfg.switchTo(no);
        cx.assign(span, dest, new Rvalue.Use(LowerCx.constBool(false)));
        cx.cfg.gotoBlock(join, span);
        cx.cfg.switchTo(join);
    }
}
