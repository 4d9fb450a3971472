package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * `T: 'static` written on a struct or enum (`struct Keep<T: 'static>(T)`) or on an impl
 * (`impl<T: 'static> Keep<T>`) requires the borrows in `T` to be `'static` wherever the type or the
 * impl's methods are used. heaplab does not carry those bounds into its loan checks, so a
 * construction of such a type, or a call of such a method, with a type argument that may hold a
 * borrow, from values that hold borrows, is refused as unsupported (never accepted); type arguments
 * free of borrows, and values holding none (`Keep("lit")`), are fine.
 */
final class StaticBounds {
    /** `: 'static` or `+ 'static` in a header or where-clause. */
    private static final Pattern STATIC_BOUND = Pattern.compile("[:+]\\s*'static\\b");

    private final ProgramDefs defs;
    private final SourceFile source;
    private final TypeQueries tq;
    private final List<Diagnostic> out;
    /** One refusal per body is enough. */
    private boolean refused;

    StaticBounds(ProgramDefs defs, SourceFile source, List<Diagnostic> out) {
        this.defs = defs;
        this.source = source;
        this.tq = TypeQueries.of(defs);
        this.out = out;
    }

    /** An aggregate of such a struct or enum, whose operands hold borrows (in {@code held}). */
    void assign(Statement.Assign a, BitSet[] held) {
        if (a.rvalue() instanceof Rvalue.Aggregate ag && ag.kind() instanceof Rvalue.AggregateKind.Adt adt
                && adtBoundsStatic(adt.adt()) && mayBorrow(adt.args()) && anyLoan(ag.operands(), held)) {
            refuse(a.span());
        }
    }

    /** A call of a method of such an impl, whose arguments hold borrows. */
    void call(Terminator.Call c, BitSet[] held) {
        if (c.func() instanceof Operand.Constant k && k.ty() instanceof Ty.FnDef fd && implBoundsStaticOnBorrow(fd)
                && anyLoan(c.args(), held)) {
            refuse(c.span());
        }
    }

    private static boolean anyLoan(List<Operand> operands, BitSet[] held) {
        for (Operand o : operands) {
            dev.heaplab.core.mir.Place p = o.readPlace();
            if (p != null && p.local().index() < held.length && !held[p.local().index()].isEmpty()) return true;
        }
        return false;
    }

    private void refuse(dev.heaplab.core.source.Span at) {
        if (refused) return;
        refused = true;
        out.add(Diagnostic.unsupported(at, "a type parameter bounded by `'static` on a struct, enum or impl, given a type that may hold a borrow"));
    }

    private boolean mayBorrow(List<Ty> args) {
        for (Ty t : args) if (!(t instanceof Ty.Param) && !tq.refFreeOrStatic(t)) return true;
        return false;
    }

    /** The declaration's header (before its fields) or a tuple struct's trailing where-clause says `'static`. */
    private boolean adtBoundsStatic(dev.heaplab.core.types.DefId id) {
        AdtDef adt = defs.adt(id);
        if (adt == null || adt.lang() != null || adt.span() == null || source == null
                || !source.contains(adt.span().lo()) || !source.contains(adt.span().hi())) return false;
        String text = source.slice(adt.span());
        int brace = text.indexOf('{'), paren = text.indexOf('(');
        if (paren >= 0 && (brace < 0 || paren < brace)) {
            int close = text.lastIndexOf(')');
            return STATIC_BOUND.matcher(text.substring(0, paren)).find() || close > paren && STATIC_BOUND.matcher(text.substring(close)).find();
        }
        return STATIC_BOUND.matcher(brace >= 0 ? text.substring(0, brace) : text).find();
    }

    /** A method of an impl whose type parameter bounded by `'static` is given a type that may borrow. */
    private boolean implBoundsStaticOnBorrow(Ty.FnDef fd) {
        FnDef fn = defs.fn(fd.def());
        if (fn == null || fn.parentImpl() == null) return false;
        ImplDef impl = defs.impl(fn.parentImpl());
        if (impl == null || impl.decl() == null) return false;
        List<String> names = fn.generics().params();
        for (int k = 0; k < fn.generics().parentCount() && k < names.size() && k < fd.args().size(); k++) {
            String name = names.get(k);
            boolean bounded = StaticParams.staticInWhere(impl.decl(), name);
            for (var gp : impl.decl().params()) {
                if (gp instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam tp && tp.name().name().equals(name)
                        && StaticArguments.hasStatic(tp.bounds())) bounded = true;
            }
            if (bounded && mayBorrow(List.of(fd.args().get(k)))) return true;
        }
        return false;
    }
}
