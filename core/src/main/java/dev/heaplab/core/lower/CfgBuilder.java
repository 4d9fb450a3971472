package dev.heaplab.core.lower;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable control-flow graph of one body while it is being built: locals, blocks, and the
 * block that code is currently appended to. Code emitted after a diverging terminator goes to a
 * fresh block nothing jumps to (as rustc does), so callers never need to check reachability.
 */
final class CfgBuilder {
    private final List<LocalDecl> locals = new ArrayList<>();
    private final List<List<Statement>> statements = new ArrayList<>();
    private final List<Terminator> terminators = new ArrayList<>();
    private final List<Boolean> cleanup = new ArrayList<>();
    private BlockId current;

    CfgBuilder() {
        current = newBlock();
    }

    Local newLocal(LocalDecl decl) {
        locals.add(decl);
        return new Local(locals.size() - 1);
    }

    Local newTemp(Ty ty, Span span) {
        return newLocal(new LocalDecl(ty, null, false, span, LocalDecl.Kind.TEMP));
    }

    LocalDecl decl(Local l) { return locals.get(l.index()); }

    Ty localTy(Local l) { return locals.get(l.index()).ty(); }

    BlockId newBlock() {
        statements.add(new ArrayList<>());
        terminators.add(null);
        cleanup.add(false);
        return new BlockId(statements.size() - 1);
    }

    BlockId current() {
        if (current == null) current = newBlock();
        return current;
    }

    /** True when the current block can be reached (no terminator ended the flow yet). */
    boolean reachable() { return current != null; }

    void switchTo(BlockId block) { current = block; }

    void push(Statement s) { statements.get(current().index()).add(s); }

    /** Ends the current block; subsequent code goes into an unreachable fresh block. */
    void terminate(Terminator t) {
        terminators.set(current().index(), t);
        current = null;
    }

    void gotoBlock(BlockId target, Span span) { terminate(new Terminator.Goto(span, target)); }

    /** Jumps to {@code target} and continues there. */
    void gotoAndSwitch(BlockId target, Span span) {
        gotoBlock(target, span);
        switchTo(target);
    }

    /** The spans of the loops lowered into this body (see {@link Body#loops}). */
    final List<Body.Loop> loops = new ArrayList<>();

    Body finish(DefId def, String name, int argCount, Span span) {
        List<Body.BasicBlock> blocks = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Terminator t = terminators.get(i);
            // Blocks left open are unreachable (e.g. the fresh block after a `return`).
            if (t == null) t = new Terminator.Unreachable(span.shrinkToHi());
            blocks.add(new Body.BasicBlock(statements.get(i), t, cleanup.get(i)));
        }
        return new Body(def, name, locals, argCount, blocks, span, loops);
    }
}
