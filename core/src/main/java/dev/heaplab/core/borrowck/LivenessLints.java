package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.InitAnalysis;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * rustc's liveness lints on one body, in its order: first the variables (`unused_variables`: "unused
 * variable", "variable `x` is assigned to, but never used"), then the assignments whose value no
 * path reads (`unused_assignments`). A variable is used when something other than an assignment to
 * itself reads it: a self-read (`x += 1`) keeps the old value alive but does not use the variable.
 * Drops are not reads. Deliberately conservative: any borrow of a variable counts as a use.
 */
final class LivenessLints {
    private final Body body;
    private final SourceFile source;
    /** The variables the lints are about: user bindings not named `_…`. */
    private final BitSet candidates = new BitSet();

    /** A write of a whole variable, and whether it is an assignment expression (`x = …`, `x += …`). */
    private record Write(int local, Span span, boolean explicit) {}

    private final List<Write> writes = new ArrayList<>();
    private final List<Write> deadWrites = new ArrayList<>();
    /** Variables read other than by an assignment to themselves. */
    private final BitSet used = new BitSet();

    /** {@code closure}: the body is a closure's, whose first argument is its environment. */
    LivenessLints(Body body, SourceFile source, boolean closure) {
        this.body = body;
        this.source = source;
        int first = closure ? 2 : 1;
        for (int i = first; i < body.locals().size(); i++) {
            LocalDecl d = body.locals().get(i);
            if (UnusedMut.isUserBinding(d) && !d.name().equals("self")
                    && source.contains(d.span().lo()) && source.contains(d.span().hi())) {
                candidates.set(i);
            }
        }
    }

    /** The lints, variables first then assignments, each group in source order. */
    List<Diagnostic> run() {
        if (candidates.isEmpty()) return List.of();
        BitSet[] liveIn = solve();
        collect(liveIn);
        List<Diagnostic> out = new ArrayList<>();
        BitSet explicitlyAssigned = new BitSet();
        for (Write w : writes) if (w.explicit()) explicitlyAssigned.set(w.local());
        for (int l = candidates.nextSetBit(0); l >= 0; l = candidates.nextSetBit(l + 1)) {
            if (used.get(l)) continue;
            LocalDecl d = body.locals().get(l);
            Span binding = bindingSpan(d);
            if (explicitlyAssigned.get(l)) {
                out.add(Diagnostic.warning("unused_variables", "variable `" + d.name() + "` is assigned to, but never used")
                        .primary(binding, "").note("consider using `_" + d.name() + "` instead").build());
            } else {
                boolean shorthand = isFieldShorthand(d);
                out.add(Diagnostic.warning("unused_variables", "unused variable: `" + d.name() + "`")
                        .primary(binding, shorthand ? "help: try ignoring the field: `" + d.name() + ": _`"
                                : "help: if this is intentional, prefix it with an underscore: `_" + d.name() + "`").build());
            }
        }
        // Parameters whose value no path reads before it is overwritten.
        for (int l = 1; l <= body.argCount() && l < body.locals().size(); l++) {
            if (!candidates.get(l) || !used.get(l) || liveIn[0].get(l)) continue;
            out.add(Diagnostic.warning("unused_assignments", "value passed to `" + body.locals().get(l).name() + "` is never read")
                    .primary(bindingSpan(body.locals().get(l)), "").help("maybe it is overwritten before being read?").build());
        }
        deadWrites.sort(java.util.Comparator.comparingInt(w -> w.span().lo()));
        for (Write w : deadWrites) {
            if (!w.explicit() && (!used.get(w.local()) || !soleInitialisation(w))) continue;
            String name = body.locals().get(w.local()).name();
            // Replacing a value that needs dropping is a drop and a write of the place: rustc shows the place.
            Span at = w.explicit() && dropsBefore(w) ? new Span(w.span().lo(), w.span().lo() + name.length()) : w.span();
            out.add(Diagnostic.warning("unused_assignments", "value assigned to `" + name + "` is never read")
                    .primary(at, "").help("maybe it is overwritten before being read?").build());
        }
        return out;
    }

    /** Is the assignment {@code w} lowered as a drop of the old value then the write? */
    private boolean dropsBefore(Write w) {
        for (Body.BasicBlock bb : body.blocks()) {
            if (bb.terminator() instanceof Terminator.Drop d && d.place().isLocal() && d.place().local().index() == w.local()
                    && w.span().lo() == d.span().lo()) return true;
        }
        return false;
    }

    /**
     * The one initialisation of a variable: by its `let`'s initialiser (shown there) or by a pattern
     * that takes a value apart (shown at the binding).
     */
    private boolean soleInitialisation(Write w) {
        int count = 0;
        for (Write o : writes) if (o.local() == w.local() && !o.explicit()) count++;
        Span decl = body.locals().get(w.local()).span();
        return count == 1 && (w.span().equals(decl) || w.span().lo() > decl.hi());
    }

    /** Backward liveness: the variables live at each block's entry. */
    private BitSet[] solve() {
        int n = body.blocks().size();
        BitSet[] liveIn = new BitSet[n];
        for (int b = 0; b < n; b++) liveIn[b] = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = n - 1; b >= 0; b--) {
                BitSet live = liveOut(b, liveIn);
                transferBlock(b, live, null);
                if (!live.equals(liveIn[b])) {
                    liveIn[b] = live;
                    changed = true;
                }
            }
        }
        return liveIn;
    }

    private BitSet liveOut(int b, BitSet[] liveIn) {
        BitSet out = new BitSet();
        for (BlockId s : InitAnalysis.successors(body.blocks().get(b).terminator())) out.or(liveIn[s.index()]);
        return out;
    }

    private void collect(BitSet[] liveIn) {
        for (int b = 0; b < body.blocks().size(); b++) {
            transferBlock(b, liveOut(b, liveIn), deadWrites);
        }
    }

    /**
     * Runs block {@code b} backwards over {@code live}; with {@code dead} non-null, also records the
     * writes of candidates that are dead where they happen, every write, and the uses.
     */
    private void transferBlock(int b, BitSet live, List<Write> dead) {
        Body.BasicBlock block = body.blocks().get(b);
        Terminator t = block.terminator();
        if (t instanceof Terminator.Call c) {
            write(c.destination(), c.span(), live, dead);
            reads(c.func(), live, dead, c.span());
            for (Operand a : c.args()) reads(a, live, dead, c.span());
        } else {
            terminatorReads(t, live, dead);
        }
        List<Statement> ss = block.statements();
        for (int i = ss.size() - 1; i >= 0; i--) {
            if (ss.get(i) instanceof Statement.Assign a) {
                write(a.place(), a.span(), live, dead);
                rvalueReads(a.rvalue(), live, dead, a.span());
            } else if (ss.get(i) instanceof Statement.PlaceMention m) {
                placeReads(m.place(), live, dead, m.span());
            } else if (ss.get(i) instanceof Statement.SetDiscriminant sd) {
                placeReads(sd.place(), live, dead, sd.span());
            }
        }
    }

    private void write(Place p, Span span, BitSet live, List<Write> dead) {
        if (p == null) return;
        if (!p.isLocal()) {
            placeReads(p, live, dead, span); // a write into a field or through a pointer reads the base
            return;
        }
        int l = p.local().index();
        if (dead != null && candidates.get(l) && span != null) {
            Write w = new Write(l, span, isExplicitAssignment(l, span));
            writes.add(w);
            if (!live.get(l)) dead.add(w);
        }
        live.clear(l);
    }

    private void terminatorReads(Terminator t, BitSet live, List<Write> dead) {
        switch (t) {
            case Terminator.SwitchInt s -> reads(s.discr(), live, dead, s.span());
            case Terminator.Assert a -> reads(a.cond(), live, dead, a.span());
            case Terminator.Return r -> live.set(0);
            case Terminator.Call c -> { }
            case Terminator.Goto g -> { }
            case Terminator.Drop d -> { }
            case Terminator.UnwindResume r -> { }
            case Terminator.Unreachable u -> { }
        }
    }

    private void rvalueReads(Rvalue r, BitSet live, List<Write> dead, Span span) {
        switch (r) {
            case Rvalue.Use u -> reads(u.operand(), live, dead, span);
            case Rvalue.Repeat rep -> reads(rep.operand(), live, dead, span);
            case Rvalue.Ref ref -> placeReads(ref.place(), live, dead, span);
            case Rvalue.RawPtr p -> placeReads(p.place(), live, dead, span);
            case Rvalue.Len len -> placeReads(len.place(), live, dead, span);
            case Rvalue.Cast c -> reads(c.operand(), live, dead, span);
            case Rvalue.BinaryOp b -> { reads(b.lhs(), live, dead, span); reads(b.rhs(), live, dead, span); }
            case Rvalue.CheckedBinaryOp b -> { reads(b.lhs(), live, dead, span); reads(b.rhs(), live, dead, span); }
            case Rvalue.UnaryOp u -> reads(u.operand(), live, dead, span);
            case Rvalue.Discriminant d -> placeReads(d.place(), live, dead, span);
            case Rvalue.Aggregate a -> { for (Operand o : a.operands()) reads(o, live, dead, span); }
            case Rvalue.ClosureValue c -> { for (Operand o : c.captures()) reads(o, live, dead, span); }
        }
    }

    private void reads(Operand o, BitSet live, List<Write> dead, Span span) {
        if (o instanceof Operand.Copy c) placeReads(c.place(), live, dead, span);
        else if (o instanceof Operand.Move m) placeReads(m.place(), live, dead, span);
    }

    private void placeReads(Place p, BitSet live, List<Write> dead, Span span) {
        read(p.local().index(), live, dead, span);
        for (Place.Projection proj : p.projections()) {
            if (proj instanceof Place.Projection.Index ix) read(ix.index().index(), live, dead, span);
        }
    }

    private void read(int l, BitSet live, List<Write> dead, Span span) {
        live.set(l);
        if (dead != null && candidates.get(l) && !isSelfRead(l, span)) used.set(l);
    }

    /**
     * A read by a compound assignment to the same variable (`x += 1`), which rustc does not count as
     * a use; `x = x + 1` does count.
     */
    private boolean isSelfRead(int l, Span span) {
        if (span == null) return false;
        for (Span w : explicitAssignments(l)) {
            if (w.lo() <= span.lo() && span.hi() <= w.hi() && isCompound(l, w)) return true;
        }
        return false;
    }

    private boolean isCompound(int l, Span span) {
        String text = source.slice(span).substring(body.locals().get(l).name().length()).stripLeading();
        return !text.startsWith("=");
    }

    /** The spans of the assignment expressions writing each candidate, found in the source once for the body. */
    private java.util.Map<Integer, List<Span>> explicitCache;

    private List<Span> explicitAssignments(int l) {
        if (explicitCache == null) {
            explicitCache = new java.util.HashMap<>();
            for (Body.BasicBlock bb : body.blocks()) {
                for (Statement st : bb.statements()) {
                    if (st instanceof Statement.Assign a && a.place().isLocal() && candidates.get(a.place().local().index())
                            && a.span() != null && isExplicitAssignment(a.place().local().index(), a.span())) {
                        explicitCache.computeIfAbsent(a.place().local().index(), k -> new ArrayList<>()).add(a.span());
                    }
                }
            }
        }
        return explicitCache.getOrDefault(l, List.of());
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("\\s*(?:[-+*/%&|^]|<<|>>)?=(?!=)");

    /** Does the source at {@code span} read `NAME =` or `NAME op=`: an assignment expression? */
    private boolean isExplicitAssignment(int l, Span span) {
        if (!source.contains(span.lo()) || !source.contains(span.hi())) return false;
        String text = source.slice(span);
        String name = body.locals().get(l).name();
        return text.startsWith(name) && ASSIGNMENT.matcher(text).region(name.length(), text.length()).lookingAt();
    }

    /** The binding as rustc shows it: `mut x` when written so, else the name. */
    private Span bindingSpan(LocalDecl d) {
        String text = source.text();
        int lo = d.span().lo() - source.startPos();
        int name = text.indexOf(d.name(), lo);
        if (name < 0 || name > d.span().hi() - source.startPos()) return d.span();
        return new Span(lo + source.startPos(), name + d.name().length() + source.startPos());
    }

    /** `Point { x, y }`: a binding written as a struct pattern's field shorthand. */
    private boolean isFieldShorthand(LocalDecl d) {
        String text = source.text();
        int lo = d.span().lo() - source.startPos(), hi = d.span().hi() - source.startPos();
        if (!text.startsWith(d.name(), lo)) return false;
        int before = lo;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) before--;
        int after = hi;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) after++;
        if (before == 0 || after >= text.length()) return false;
        char b = text.charAt(before - 1), a = text.charAt(after);
        if (!((b == '{' || b == ',') && (a == ',' || a == '}'))) return false;
        // Inside a struct pattern, not a tuple or a block: the nearest unclosed bracket is `{` after a path.
        int depth = 0;
        for (int i = before - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '}' || c == ')' || c == ']') depth++;
            else if (c == '(' || c == '[') { if (depth == 0) return false; depth--; }
            else if (c == '{') {
                if (depth > 0) { depth--; continue; }
                int j = i;
                while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) j--;
                return j > 0 && Character.isJavaIdentifierPart(text.charAt(j - 1));
            }
        }
        return false;
    }
}
