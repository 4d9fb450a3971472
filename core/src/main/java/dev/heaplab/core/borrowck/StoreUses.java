package dev.heaplab.core.borrowck;

import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ProgramDefs;
import java.util.BitSet;

/**
 * Where a closure's body uses a borrow it stores in a field written `'static`, as rustc points at it
 * ("this usage requires that …"): the field's value in a struct literal (`w` in `Tok { w }`) or the
 * argument of a variant constructor (`w` in `Token::Word(w)`); otherwise the whole statement.
 */
final class StoreUses {
    private StoreUses() {}

    static Span of(ProgramDefs defs, DefId body, Statement.Assign a, java.util.BitSet[] held, LoanFlow flow, Loan l) {
        if (!(a.rvalue() instanceof Rvalue.Aggregate ag)) return a.span();
        for (int i = 0; i < ag.operands().size(); i++) {
            BitSet loans = new BitSet();
            flow.operandLoansOf(held, ag.operands().get(i), loans);
            if (loans.get(l.id())) return operand(defs, body, a, i);
        }
        return a.span();
    }

    /** The expression of aggregate operand {@code operand} in the body's source (closure or function), else the statement. */
    static Span operand(ProgramDefs defs, DefId body, Statement.Assign a, int operand) {
        if (!(a.rvalue() instanceof Rvalue.Aggregate ag) || !(ag.kind() instanceof Rvalue.AggregateKind.Adt adt)) return a.span();
        AdtDef d = defs.adt(adt.adt());
        if (d == null || adt.variant() >= d.variants().size()) return a.span();
        var fields = d.variants().get(adt.variant()).fields();
        if (operand >= fields.size()) return a.span();
        String name = fields.get(operand).name();
        Span[] found = {null};
        java.util.function.Consumer<Expr> visit = e -> {
            if (found[0] != null || !e.span().equals(a.span())) return;
            switch (e) {
                case Expr.StructLit s -> {
                    for (Expr.FieldInit f : s.fields()) if (f.name().name().equals(name)) found[0] = f.value().span();
                }
                case Expr.Call c -> {
                    if (operand < c.args().size()) found[0] = c.args().get(operand).span();
                }
                default -> { }
            }
        };
        ClosureDef closure = defs.closure(body);
        dev.heaplab.core.types.FnDef fn = defs.fn(body);
        if (closure != null && closure.expr() != null) AstWalk.expr(closure.expr().body(), visit, st -> { });
        else if (fn != null && fn.decl() != null && fn.decl().body() != null) AstWalk.block(fn.decl().body(), visit, st -> { });
        return found[0] != null ? found[0] : a.span();
    }
}
