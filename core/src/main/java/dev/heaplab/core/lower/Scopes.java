package dev.heaplab.core.lower;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The stack of lexical scopes of a body being lowered, each with the locals whose storage it owns
 * and which of them must be dropped at its end.
 * Rules (as rustc's MIR building):
 * <ul>
 * <li>leaving a scope drops its droppable locals in reverse order of scheduling, each followed by
 *     its StorageDead; non-droppable locals just get their StorageDead;</li>
 * <li>`break`, `continue` and `return` leave every scope above their target, in the same way,
 *     without popping them (the fall-through path still needs them);</li>
 * <li>a loop scope records where `break` and `continue` go and where a `break value` is stored.</li>
 * </ul>
 */
final class Scopes {
    /** One scheduled local: dropped at scope end when {@code drop}, always storage-dead. */
    private record Entry(Local local, boolean drop, Span span) {}

    private static final class Scope {
        final List<Entry> entries = new ArrayList<>();
        final Span span;

        Scope(Span span) { this.span = span; }
    }

    /** Targets of a loop or labelled block. */
    record Breakable(String label, BlockId breakTarget, BlockId continueTarget, Place breakDest, int depth,
                     boolean isLoop) {}

    private final List<Scope> stack = new ArrayList<>();
    private final List<Breakable> breakables = new ArrayList<>();
    private final CfgBuilder cfg;

    Scopes(CfgBuilder cfg) { this.cfg = cfg; }

    int depth() { return stack.size(); }

    void push(Span span) { stack.add(new Scope(span)); }

    /** Schedules a local in the innermost scope. */
    void schedule(Local local, boolean drop, Span span) {
        stack.get(stack.size() - 1).entries.add(new Entry(local, drop, span));
    }

    /** Schedules a local in the scope at {@code index} (0 = outermost), e.g. a `let` binding in its block. */
    void scheduleIn(int index, Local local, boolean drop, Span span) {
        stack.get(index).entries.add(new Entry(local, drop, span));
    }

    /** Removes a scheduled local from the scope at {@code index} (to schedule it again later). */
    void unschedule(int index, Local local) {
        stack.get(index).entries.removeIf(e -> e.local().equals(local));
    }

    /** Pops the innermost scope without emitting anything (its exits were emitted on every path). */
    void discard() { stack.remove(stack.size() - 1); }

    /** Emits only StorageDead for the innermost scope's locals: their values were bitwise copies. */
    void exitInnermostWithoutDrops(Span span) {
        if (!cfg.reachable()) return;
        Scope s = stack.get(stack.size() - 1);
        for (int i = s.entries.size() - 1; i >= 0; i--) cfg.push(new Statement.StorageDead(span, s.entries.get(i).local));
    }

    /** Pops the innermost scope, emitting its drops on the current path. */
    void pop(Span endSpan) {
        Scope s = stack.remove(stack.size() - 1);
        emitExit(s, endSpan);
    }

    /** Emits drops for every scope deeper than {@code targetDepth}, innermost first, without popping. */
    void exitTo(int targetDepth, Span span) {
        for (int i = stack.size() - 1; i >= targetDepth; i--) emitExit(stack.get(i), span);
    }

    private void emitExit(Scope s, Span span) {
        if (!cfg.reachable()) return;
        for (int i = s.entries.size() - 1; i >= 0; i--) {
            Entry e = s.entries.get(i);
            if (e.drop) {
                BlockId next = cfg.newBlock();
                cfg.terminate(new Terminator.Drop(span, Place.of(e.local), null, next, null));
                cfg.switchTo(next);
            }
            cfg.push(new Statement.StorageDead(span, e.local));
        }
    }

    void pushBreakable(Breakable b) { breakables.add(b); }

    void popBreakable() { breakables.remove(breakables.size() - 1); }

    /** The innermost loop (no label) or the breakable with this label; null if none. */
    Breakable findBreakable(String label, boolean forContinue) {
        for (int i = breakables.size() - 1; i >= 0; i--) {
            Breakable b = breakables.get(i);
            if (label == null ? b.isLoop() : label.equals(b.label())) {
                if (forContinue && !b.isLoop()) return null;
                return b;
            }
        }
        return null;
    }
}
