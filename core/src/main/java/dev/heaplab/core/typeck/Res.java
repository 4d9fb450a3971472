package dev.heaplab.core.typeck;

import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.List;

/** What a path (in an expression, pattern or struct literal) resolved to. */
public sealed interface Res {
    /** A local variable: the NodeId of its binding pattern (or closure/fn parameter pattern). */
    record Local(NodeId binding) implements Res {}
    /** A function or method item with its generic arguments (inferred ones filled in). */
    record Fn(DefId fn, List<Ty> args) implements Res {}
    /** A struct or enum variant constructor (unit, tuple or named), with the ADT's type arguments. */
    record Ctor(DefId adt, int variant, List<Ty> args) implements Res {}
    /** A `const` item. */
    record Const(DefId def) implements Res {}
    /** A `static` item. */
    record Static(DefId def) implements Res {}
}
