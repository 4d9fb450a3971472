package dev.heaplab.core.types;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import java.util.List;

/**
 * A closure expression: the function it appears in, its signature, which Fn trait it implements,
 * and what it captures (in capture order, which is also the order of the closure value's fields).
 */
public record ClosureDef(DefId id, DefId parentFn, Expr.Closure expr, FnSig sig, Kind kind, List<Capture> captures,
                         Span span) {
    public enum Kind { FN, FN_MUT, FN_ONCE }

    public enum CaptureMode { BY_VALUE, BY_REF, BY_MUT_REF }

    public ClosureDef { captures = List.copyOf(captures); }

    /**
     * A captured place (edition 2021 precise capture): a variable (its binding's NodeId) and a path
     * into it ({@code path}: field indices, {@link #DEREF} for a dereference; empty for the whole
     * variable), with the mode and the type of the closure's field for it. {@code pathSpan} is the
     * first use of the place in the body and {@code kindSpan} the use that decided the mode (null
     * when unknown), where rustc's "due to use in closure" labels point.
     */
    public record Capture(dev.heaplab.core.syntax.NodeId binding, String name, CaptureMode mode, Ty ty, List<Integer> path,
                          Span pathSpan, Span kindSpan) {
        public Capture { path = List.copyOf(path); }

        public Capture(dev.heaplab.core.syntax.NodeId binding, String name, CaptureMode mode, Ty ty) {
            this(binding, name, mode, ty, List.of(), null, null);
        }
    }

    /** A dereference step in a capture path. */
    public static final int DEREF = -1;
}
