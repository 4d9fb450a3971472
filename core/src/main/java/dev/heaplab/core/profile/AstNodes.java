package dev.heaplab.core.profile;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/** The `let` statements, loops and closures of one function body (the hints only need their spans). */
final class AstNodes {
    final List<Stmt.Let> lets = new ArrayList<>();
    /** While, Loop and For expressions. */
    final List<Expr> loops = new ArrayList<>();
    final List<Expr.Closure> closures = new ArrayList<>();

    AstNodes(Stmt.Block body) {
        AstWalk.block(body, e -> {
            switch (e) {
                case Expr.While w -> loops.add(w);
                case Expr.Loop l -> loops.add(l);
                case Expr.For f -> loops.add(f);
                case Expr.Closure c -> closures.add(c);
                default -> { } // only these kinds matter to the hints
            }
        }, s -> {
            if (s instanceof Stmt.Let l) lets.add(l);
        });
    }

    static boolean contains(Span outer, Span inner) { return outer.lo() <= inner.lo() && inner.hi() <= outer.hi(); }
}
