package dev.heaplab.core.syntax;

import java.util.List;

/** The expression half of {@link AstPrinter}: binary operators, casts and ranges in parentheses. */
final class ExprPrinter {
    private ExprPrinter() {}

    static void print(AstPrinter p, Expr e) {
        StringBuilder out = p.out();
        switch (e) {
            case Expr.Lit l -> out.append(lit(l.value()));
            case Expr.PathExpr pe -> out.append(p.printPath(pe.path(), false));
            case Expr.Unary u -> {
                out.append(switch (u.op()) { case NEG -> "-"; case NOT -> "!"; case DEREF -> "*"; });
                print(p, u.operand());
            }
            case Expr.AddrOf a -> {
                out.append(a.mutable() ? "&mut " : "&");
                print(p, a.operand());
            }
            case Expr.Binary b -> {
                boolean chain = hasLet(b); // `(let ...)` would not parse
                out.append(chain ? "" : "(");
                print(p, b.lhs());
                out.append(' ').append(b.op().symbol()).append(' ');
                print(p, b.rhs());
                out.append(chain ? "" : ")");
            }
            case Expr.Assign a -> { print(p, a.lhs()); out.append(" = "); print(p, a.rhs()); }
            case Expr.CompoundAssign c -> { print(p, c.lhs()); out.append(' ').append(c.op().symbol()).append("= "); print(p, c.rhs()); }
            case Expr.Call c -> { print(p, c.callee()); list(p, "(", c.args(), ")"); }
            case Expr.MethodCall m -> {
                print(p, m.receiver());
                out.append('.').append(m.method().name());
                if (!m.method().args().isEmpty()) {
                    String seg = p.printPath(new Path(m.span(), List.of(m.method()), false), false);
                    out.append(seg.substring(m.method().name().name().length()));
                }
                list(p, "(", m.args(), ")");
            }
            case Expr.Field f -> { print(p, f.base()); out.append('.').append(f.field()); }
            case Expr.Index i -> { print(p, i.base()); out.append('['); print(p, i.index()); out.append(']'); }
            case Expr.Tuple t -> list(p, "(", t.elems(), t.elems().size() == 1 ? ",)" : ")");
            case Expr.Paren pa -> print(p, pa.inner());
            case Expr.Array a -> list(p, "[", a.elems(), "]");
            case Expr.ArrayRepeat r -> { out.append('['); print(p, r.elem()); out.append("; "); print(p, r.count()); out.append(']'); }
            case Expr.StructLit s -> {
                out.append(p.printPath(s.path(), false)).append(" { ");
                for (int i = 0; i < s.fields().size(); i++) {
                    Expr.FieldInit f = s.fields().get(i);
                    if (i > 0) out.append(", ");
                    out.append(f.name());
                    if (!f.shorthand()) { out.append(": "); print(p, f.value()); }
                }
                if (s.base() != null) { out.append(s.fields().isEmpty() ? ".." : ", .."); print(p, s.base()); }
                out.append(" }");
            }
            case Expr.Range r -> {
                out.append('(');
                if (r.start() != null) print(p, r.start());
                out.append(r.inclusive() ? "..=" : "..");
                if (r.end() != null) print(p, r.end());
                out.append(')');
            }
            case Expr.Cast c -> { out.append('('); print(p, c.expr()); out.append(" as ").append(p.type(c.type())).append(')'); }
            case Expr.BlockExpr b -> { label(out, b.label()); p.printBlock(b.block()); }
            case Expr.Let l -> { out.append("let ").append(p.pat(l.pattern())).append(" = "); print(p, l.scrutinee()); }
            case Expr.If i -> {
                out.append("if ");
                print(p, i.cond());
                out.append(' ');
                p.printBlock(i.then());
                if (i.elseBranch() != null) { out.append(" else "); print(p, i.elseBranch()); }
            }
            case Expr.While w -> { label(out, w.label()); out.append("while "); print(p, w.cond()); out.append(' '); p.printBlock(w.body()); }
            case Expr.Loop l -> { label(out, l.label()); out.append("loop "); p.printBlock(l.body()); }
            case Expr.For f -> {
                label(out, f.label());
                out.append("for ").append(p.pat(f.pattern())).append(" in ");
                print(p, f.iter());
                out.append(' ');
                p.printBlock(f.body());
            }
            case Expr.Match m -> {
                out.append("match ");
                print(p, m.scrutinee());
                out.append(" {");
                for (Expr.MatchArm arm : m.arms()) {
                    out.append(' ').append(p.pat(arm.pattern()));
                    if (arm.guard() != null) { out.append(" if "); print(p, arm.guard()); }
                    out.append(" => ");
                    print(p, arm.body());
                    out.append(',');
                }
                out.append(" }");
            }
            case Expr.Closure c -> {
                if (c.isMove()) out.append("move ");
                out.append('|');
                for (int i = 0; i < c.params().size(); i++) {
                    Expr.ClosureParam cp = c.params().get(i);
                    if (i > 0) out.append(", ");
                    out.append(p.pat(cp.pattern()));
                    if (cp.type() != null) out.append(": ").append(p.type(cp.type()));
                }
                out.append("| ");
                if (c.ret() != null) out.append("-> ").append(p.type(c.ret())).append(' ');
                print(p, c.body());
            }
            case Expr.Break b -> {
                out.append("break");
                if (b.label() != null) out.append(' ').append(b.label());
                if (b.value() != null) { out.append(' '); print(p, b.value()); }
            }
            case Expr.Continue c -> out.append("continue").append(c.label() == null ? "" : " " + c.label());
            case Expr.Return r -> { out.append("return"); if (r.value() != null) { out.append(' '); print(p, r.value()); } }
            case Expr.Try t -> { print(p, t.expr()); out.append('?'); }
            case Expr.MacroCall m -> {
                out.append(m.name()).append("!(");
                if (m.name().name().equals("matches")) {
                    print(p, m.args().get(0).value());
                    out.append(", ").append(p.pat(m.pattern()));
                    if (m.guard() != null) { out.append(" if "); print(p, m.guard()); }
                } else {
                    for (int i = 0; i < m.args().size(); i++) {
                        Expr.MacroArg a = m.args().get(i);
                        if (i > 0) out.append(m.repeat() ? "; " : ", ");
                        if (a.name() != null) out.append(a.name()).append(" = ");
                        print(p, a.value());
                    }
                }
                out.append(')');
            }
        }
    }

    private static boolean hasLet(Expr e) {
        return e instanceof Expr.Let || (e instanceof Expr.Binary b && b.op() == Expr.BinOp.AND && (hasLet(b.lhs()) || hasLet(b.rhs())));
    }

    private static void label(StringBuilder out, Ident label) {
        if (label != null) out.append(label).append(": ");
    }

    private static void list(AstPrinter p, String open, List<Expr> xs, String close) {
        p.out().append(open);
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) p.out().append(", ");
            print(p, xs.get(i));
        }
        p.out().append(close);
    }

    static String lit(Expr.LitValue v) {
        return switch (v) {
            case Expr.LitValue.Int i -> i.value() + i.suffix();
            case Expr.LitValue.Float f -> f.text() + f.suffix();
            case Expr.LitValue.Bool b -> Boolean.toString(b.value());
            case Expr.LitValue.Char c -> "'" + escape(new String(Character.toChars(c.codePoint())), '\'') + "'";
            case Expr.LitValue.Str s -> "\"" + escape(s.value(), '"') + "\"";
            case Expr.LitValue.Byte b -> "b'" + escape(String.valueOf((char) b.value()), '\'') + "'";
            case Expr.LitValue.ByteStr b -> "b\"" + escape(new String(b.value(), java.nio.charset.StandardCharsets.ISO_8859_1), '"') + "\"";
        };
    }

    private static String escape(String s, char quote) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                case 0 -> sb.append("\\0");
                default -> {
                    if (cp == quote) sb.append('\\').appendCodePoint(cp);
                    else if (cp < 0x20 || cp == 0x7f) sb.append(String.format("\\x%02x", cp));
                    else if (cp > 0x7f && cp <= 0xff && quote == 0) sb.append(String.format("\\x%02x", cp));
                    else sb.appendCodePoint(cp);
                }
            }
        });
        return sb.toString();
    }
}
