package dev.heaplab.core.typeck;

import dev.heaplab.core.syntax.NodeId;
import dev.heaplab.core.types.Ty;
import java.util.List;

/**
 * What type checking learned about the bodies of a program, keyed by AST {@link NodeId}s, with all
 * inference variables resolved (types may still mention the enclosing item's {@link Ty.Param}s).
 * Lowering to MIR reads only this, {@link dev.heaplab.core.types.ProgramDefs}, and the AST.
 */
public interface TypeckResults {
    /** Type of an expression before adjustments, or of a pattern / binding (the binding's own type). */
    Ty nodeType(NodeId id);

    /** Adjustments applied to an expression's value (empty when none). */
    List<Adjustment> adjustments(NodeId expr);

    /** Resolution of a PathExpr, PathPat, TupleStruct/Struct pattern or StructLit. */
    Res pathRes(NodeId id);

    /**
     * The function actually called by a MethodCall, by an overloaded operator or index expression
     * (`a + b` on non-primitive types, `v[i]` on Vec/HashMap, `*rc`), or by a call of a closure /
     * callable value; null for built-in operators on primitives.
     */
    Callee callee(NodeId id);

    /** Field index of a Field expression (after auto-deref of its base, see adjustments of the base). */
    int fieldIndex(NodeId fieldExpr);

    /** How a Binding pattern binds. */
    BindingMode bindingMode(NodeId bindingPat);

    /** Types dereferenced implicitly before matching this pattern (match ergonomics), outermost first. */
    List<Ty> patternAdjustments(NodeId pat);

    /** The parsed template and arguments of a formatting macro call; null for other macros. */
    FormatArgs formatArgs(NodeId macroCall);

    /**
     * The desugaring of a `for` loop: `IntoIterator::into_iter(iter)` giving {@code iterTy}, then
     * `Iterator::next(&mut it)` yielding `Option<itemTy>`.
     */
    ForLoop forLoop(NodeId forExpr);

    /**
     * Whether the expression's type (before its hidden type was revealed) is an `impl Trait` without
     * `Copy` among its bounds: its value moves, as in rustc, even when the hidden type is Copy.
     */
    default boolean opaqueMove(NodeId expr) { return false; }

    record ForLoop(Callee intoIter, Ty iterTy, Callee next, Ty itemTy) {}

    /** A resolved call target: a function with all its generic arguments (parent's first). */
    record Callee(dev.heaplab.core.types.DefId fn, List<Ty> args) {
        public Callee { args = List.copyOf(args); }
    }
}
