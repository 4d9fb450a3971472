package dev.heaplab.core.profile;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The `let` statements, loops and closures of one function's AST, found by walking its records
 * generically (the hints only need their spans, not a pass over every expression kind).
 */
final class AstNodes {
    final List<Stmt.Let> lets = new ArrayList<>();
    /** While, Loop and For expressions. */
    final List<Expr> loops = new ArrayList<>();
    final List<Expr.Closure> closures = new ArrayList<>();

    AstNodes(Object root) { walk(root, 0); }

    private void walk(Object node, int depth) {
        if (node == null || depth > 400) return;
        if (node instanceof Collection<?> c) {
            for (Object o : c) walk(o, depth + 1);
            return;
        }
        if (!(node instanceof Record r) || !r.getClass().getPackageName().startsWith("dev.heaplab.core.syntax")) return;
        switch (node) {
            case Stmt.Let l -> lets.add(l);
            case Expr.While w -> loops.add(w);
            case Expr.Loop l -> loops.add(l);
            case Expr.For f -> loops.add(f);
            case Expr.Closure c -> closures.add(c);
            default -> { } // every other node is only walked through
        }
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            try {
                walk(rc.getAccessor().invoke(r), depth + 1);
            } catch (ReflectiveOperationException e) {
                return; // an inaccessible component holds no statements
            }
        }
    }

    static Span spanOf(Expr e) { return e.span(); }

    static boolean contains(Span outer, Span inner) { return outer.lo() <= inner.lo() && inner.hi() <= outer.hi(); }
}
