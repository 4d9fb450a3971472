package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.dataflow.InitState;
import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rustc's `unused_mut` lint, which its borrow checker emits: a binding declared `mut` whose value is
 * never used mutably. A use is mutable when it writes or borrows `&mut` a place rooted in the binding
 * itself (not behind a reference; a `Box` counts as the binding's own), except the assignment that
 * first initialises it. A closure that mutates a variable it captured by value needs that variable's
 * binding to be `mut` too, through any number of enclosing closures.
 */
final class UnusedMut {
    /** What one body uses mutably: its own locals, and, in a closure, the captures (by field index). */
    private record Uses(BitSet locals, BitSet captures, List<Rvalue.ClosureValue> closures) {}

    private final ProgramDefs defs;
    private final Map<DefId, Uses> uses = new HashMap<>();

    UnusedMut(ProgramDefs defs) {
        this.defs = defs;
    }

    /** Records the mutable uses of {@code body}, with its solved initialisation dataflow. */
    void scan(Body body, InitAnalysis init) {
        Uses u = new Uses(new BitSet(), new BitSet(), new ArrayList<>());
        PlaceTypes types = new PlaceTypes(body, defs);
        for (int b = 0; b < body.blocks().size(); b++) {
            InitState s = init.entry(new BlockId(b));
            if (s == null) continue;
            Body.BasicBlock block = body.blocks().get(b);
            for (Statement st : block.statements()) {
                if (st instanceof Statement.Assign a) {
                    if (a.rvalue() instanceof Rvalue.Ref r && r.kind() != Rvalue.BorrowKind.SHARED
                            && r.kind() != Rvalue.BorrowKind.SHALLOW) {
                        mutableUse(body, types, u, r.place());
                    } else if (a.rvalue() instanceof Rvalue.RawPtr p && p.mutable()) {
                        mutableUse(body, types, u, p.place());
                    } else if (a.rvalue() instanceof Rvalue.ClosureValue c) {
                        u.closures().add(c);
                    }
                    assignment(body, types, init, s, u, a.place());
                }
                init.applyStatement(s, st);
            }
            if (block.terminator() instanceof Terminator.Call c && c.destination() != null) {
                assignment(body, types, init, s, u, c.destination());
            }
        }
        uses.put(body.def(), u);
    }

    /** Writing a place: mutable unless it initialises the whole binding for the first time. */
    private void assignment(Body body, PlaceTypes types, InitAnalysis init, InitState s, Uses u, Place place) {
        if (place.isLocal() && !s.maybeEverInit(init.paths().lookup(place).path())) return;
        mutableUse(body, types, u, place);
    }

    private void mutableUse(Body body, PlaceTypes types, Uses u, Place place) {
        List<Place.Projection> ps = place.projections();
        int from = 0;
        boolean env = isClosureEnv(body, place.local());
        if (env && !ps.isEmpty() && ps.get(0) instanceof Place.Projection.Deref
                && body.local(place.local()).ty() instanceof Ty.Ref) {
            from = 1;
        }
        for (int k = from; k < ps.size(); k++) {
            if (ps.get(k) instanceof Place.Projection.Deref && !types.isBox(types.typeAt(place, k))) return;
        }
        if (env) {
            if (from < ps.size() && ps.get(from) instanceof Place.Projection.Field f) u.captures().set(f.index());
            return;
        }
        u.locals().set(place.local().index());
    }

    private boolean isClosureEnv(Body body, Local l) {
        return l.index() == 1 && body.def() != null && defs.closure(body.def()) != null;
    }

    /**
     * The lint for each scanned body, keyed by the body's definition. Bodies must have been scanned
     * inner closures first (by the end of their spans), so a capture's mutation reaches its creator.
     */
    Map<DefId, List<Diagnostic>> lints(List<Body> bodiesInnerFirst, SourceFile source) {
        for (Body body : bodiesInnerFirst) {
            Uses u = uses.get(body.def());
            if (u == null) continue;
            for (Rvalue.ClosureValue c : u.closures()) closureMutates(body, u, c);
        }
        Map<DefId, List<Diagnostic>> out = new HashMap<>();
        for (Body body : bodiesInnerFirst) {
            Uses u = uses.get(body.def());
            if (u == null) continue;
            List<Diagnostic> found = new ArrayList<>();
            for (int i = 1; i < body.locals().size(); i++) {
                LocalDecl decl = body.locals().get(i);
                if (!decl.mutable() || u.locals().get(i) || !isUserBinding(decl)) continue;
                Span mut = mutKeyword(source, decl);
                if (mut == null) continue;
                found.add(Diagnostic.warning("unused_mut", "variable does not need to be mutable")
                        .primary(new Span(mut.lo(), mut.hi() + decl.name().length()), "")
                        .inlineSuggestion("remove this `mut`", mut, "")
                        .build());
            }
            out.put(body.def(), found);
        }
        return out;
    }

    /** The creator of closure {@code c} uses mutably what the closure mutates among its by-value captures. */
    private void closureMutates(Body creator, Uses u, Rvalue.ClosureValue c) {
        Uses inner = uses.get(c.closure());
        ClosureDef def = defs.closure(c.closure());
        if (inner == null || def == null) return;
        PlaceTypes types = new PlaceTypes(creator, defs);
        for (int i = inner.captures().nextSetBit(0); i >= 0; i = inner.captures().nextSetBit(i + 1)) {
            if (i >= def.captures().size() || i >= c.captures().size()) continue;
            if (def.captures().get(i).mode() != ClosureDef.CaptureMode.BY_VALUE) continue;
            Operand op = c.captures().get(i);
            Place p = op instanceof Operand.Copy cp ? cp.place() : op instanceof Operand.Move mv ? mv.place() : null;
            if (p != null) mutableUse(creator, types, u, p);
        }
    }

    /** A variable the user named (a binding or a parameter, not `_`-prefixed) with a declaration to point at. */
    static boolean isUserBinding(LocalDecl decl) {
        return (decl.kind() == LocalDecl.Kind.USER || decl.kind() == LocalDecl.Kind.ARG) && decl.name() != null
                && !decl.name().startsWith("_") && decl.span() != null;
    }

    /**
     * `mut ` before the binding's name: from the keyword to the name, or null when it is not written
     * there (`ref mut x` borrows and is no `mut` binding). The declaration's span may start at either.
     */
    private static Span mutKeyword(SourceFile source, LocalDecl decl) {
        Span at = decl.span();
        if (!source.contains(at.lo())) return null;
        String text = source.text();
        int i = at.lo() - source.startPos();
        if (text.startsWith("mut", i) && i + 3 < text.length() && Character.isWhitespace(text.charAt(i + 3))) {
            int name = i + 3;
            while (name < text.length() && Character.isWhitespace(text.charAt(name))) name++;
            if (!text.startsWith(decl.name(), name)) return null;
            return new Span(at.lo(), name + source.startPos());
        }
        if (!text.startsWith(decl.name(), i)) return null;
        int end = i;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        if (i == end || i < 3 || !text.startsWith("mut", i - 3)) return null;
        if (i - 3 > 0 && Character.isJavaIdentifierPart(text.charAt(i - 4))) return null;
        int before = i - 3;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) before--;
        if (before >= 3 && text.startsWith("ref", before - 3)) return null;
        return new Span(i - 3 + source.startPos(), end + source.startPos());
    }
}
