package dev.heaplab.core.mir;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import java.util.List;

/**
 * The MIR of one function or closure: locals (`_0` return, then {@code argCount} arguments) and a
 * control-flow graph of basic blocks with bb0 as entry. Data only: analyses live elsewhere.
 * {@code loops}: the source's `loop`/`while`/`for` expressions, for diagnostics ("inside of this loop").
 */
public record Body(DefId def, String name, List<LocalDecl> locals, int argCount, List<BasicBlock> blocks, Span span,
                   List<Loop> loops) {
    public Body {
        locals = List.copyOf(locals);
        blocks = List.copyOf(blocks);
        loops = List.copyOf(loops);
    }

    /** A body without loop spans (built by hand, or without loops). */
    public Body(DefId def, String name, List<LocalDecl> locals, int argCount, List<BasicBlock> blocks, Span span) {
        this(def, name, locals, argCount, blocks, span, List.of());
    }

    /**
     * A loop of the source: its whole span, and the part that repeats ({@code repeated}): all of it,
     * but for a `for` loop whose iterated expression is evaluated once, before.
     */
    public record Loop(Span whole, Span repeated) {}

    public BasicBlock block(BlockId id) { return blocks.get(id.index()); }

    public LocalDecl local(Local l) { return locals.get(l.index()); }

    /** A block: statements then one terminator. {@code cleanup} blocks run only while unwinding. */
    public record BasicBlock(List<Statement> statements, Terminator terminator, boolean cleanup) {
        public BasicBlock { statements = List.copyOf(statements); }
    }
}
