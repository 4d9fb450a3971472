package dev.heaplab.core.typeck;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;

/**
 * rustc's E0434: a `fn` item nested in another function's body names a local of that function
 * (`fn scale(x: i32) -> i32 { x * factor }` under `let factor = 3;`). A fn item has no environment,
 * unlike a closure, so rustc reports that instead of "cannot find value". Found here on the
 * E0425 path: a parameter of the enclosing function, or a `let` of its body before the item, with
 * that name (simple bindings; other shapes keep E0425, which is still an error).
 */
final class OuterLocals {
    private OuterLocals() {}

    static boolean namedInEnclosingFn(ProgramDefs defs, DefId owner, String name) {
        while (owner != null && defs.closure(owner) != null) owner = defs.closure(owner).parentFn();
        FnDef own = owner == null ? null : defs.fn(owner);
        if (own == null || own.decl() == null) return false;
        Span item = own.decl().span();
        for (FnDef outer : defs.fns()) {
            Item.FnDecl decl = outer.decl();
            if (decl == null || decl == own.decl() || decl.body() == null) continue;
            Span body = decl.body().span();
            if (!(body.lo() < item.lo() && item.hi() <= body.hi())) continue;
            for (Item.Param p : decl.params()) if (binds(p.pattern(), name)) return true;
            boolean[] found = {false};
            AstWalk.block(decl.body(), e -> { }, st -> {
                if (st instanceof Stmt.Let l && l.span().hi() <= item.lo() && binds(l.pattern(), name)) found[0] = true;
            });
            if (found[0]) return true;
        }
        return false;
    }

    private static boolean binds(Pattern p, String name) {
        return p instanceof Pattern.Binding b && b.name().name().equals(name);
    }
}
