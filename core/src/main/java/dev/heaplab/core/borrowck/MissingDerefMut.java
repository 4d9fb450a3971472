package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Set;

/**
 * Mutation through a smart pointer without `DerefMut` (`Rc`, `Arc`): lowering calls
 * `DerefMut::deref_mut` for a mutable use of `*p`; when the pointer type has no such impl, rustc
 * reports E0594 "cannot assign to data in an `Arc`" (the result is assigned through) or E0596
 * "cannot borrow data in an `Rc` as mutable". The `&mut p` feeding the call is then not reported
 * again as a borrow of an immutable variable: its span goes to {@code covered}.
 */
final class MissingDerefMut {
    private final Body body;
    private final ProgramDefs defs;
    private final List<Diagnostic> out;
    private final Set<Span> covered;

    MissingDerefMut(Body body, ProgramDefs defs, List<Diagnostic> out, Set<Span> covered) {
        this.body = body;
        this.defs = defs;
        this.out = out;
        this.covered = covered;
    }

    void run() {
        TraitDef derefMut = defs.langTrait("DerefMut");
        if (derefMut == null) return;
        for (Body.BasicBlock bb : body.blocks()) {
            if (!(bb.terminator() instanceof Terminator.Call c) || !(c.func() instanceof Operand.Constant k)
                    || !(k.ty() instanceof Ty.FnDef fd) || fd.args().isEmpty()) continue;
            FnDef fn = defs.fn(fd.def());
            if (fn == null || !derefMut.id().equals(fn.parentTrait()) || !(fd.args().get(0) instanceof Ty.Adt self)) continue;
            if (implemented(derefMut, self)) continue;
            AdtDef d = defs.adt(self.def());
            String name = d == null ? "?" : d.name();
            String help = "trait `DerefMut` is required to modify through a dereference, but it is not implemented for `"
                    + self.display(defs) + "`";
            Statement assign = c.target() == null ? null : assignThrough(c.destination().local(), c.target().index());
            Diagnostic.Builder b = assign != null
                    ? Diagnostic.error("E0594", "cannot assign to data in an `" + name + "`").primary(assign.span(), "cannot assign")
                    : Diagnostic.error("E0596", "cannot borrow data in an `" + name + "` as mutable")
                            .primary(c.span(), "cannot borrow as mutable");
            out.add(b.help(help).build());
            if (!c.args().isEmpty() && c.args().get(0) instanceof Operand.Move m) cover(m.place().local());
        }
    }

    private boolean implemented(TraitDef trait, Ty.Adt self) {
        for (ImplDef impl : defs.implsOf(trait.id()))
            if (trait.id().equals(impl.trait()) && impl.selfTy() instanceof Ty.Adt a && a.def().equals(self.def())) return true;
        return false;
    }

    /**
     * The first statement writing through `*result` (an assignment to the pointee), in the call's
     * target block or the blocks it falls through to (a compound assignment's overflow Assert).
     */
    private Statement assignThrough(Local result, int block) {
        for (int hop = 0; hop < 4 && block >= 0; hop++) {
            Body.BasicBlock bb = body.blocks().get(block);
            for (Statement s : bb.statements()) {
                if (s instanceof Statement.Assign a && a.place().local().equals(result) && !a.place().projections().isEmpty()
                        && a.place().projections().get(0) instanceof Place.Projection.Deref) return s;
            }
            block = switch (bb.terminator()) {
                case Terminator.Assert a -> a.target().index();
                case Terminator.Goto g -> g.target().index();
                default -> -1;
            };
        }
        return null;
    }

    /** Marks the span of the `&mut` borrow stored in {@code temp}. */
    private void cover(Local temp) {
        for (Body.BasicBlock bb : body.blocks())
            for (Statement s : bb.statements())
                if (s instanceof Statement.Assign a && a.place().isLocal() && a.place().local().equals(temp)
                        && a.rvalue() instanceof Rvalue.Ref) covered.add(s.span());
    }
}
