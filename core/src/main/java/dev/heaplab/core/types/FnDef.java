package dev.heaplab.core.types;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;

/**
 * A function, method or trait method.
 * <ul>
 * <li>{@code decl} is the AST (null for closures, which are {@link ClosureDef}s);</li>
 * <li>{@code builtinKey} is non-null for standard-library functions the machine implements natively
 *     (e.g. "Vec::push", "mem::swap"): their declarations come from the std stubs and have no body;</li>
 * <li>{@code parentImpl}/{@code parentTrait} tell where a method lives (both null for free functions).</li>
 * </ul>
 */
public record FnDef(DefId id, String name, String qualifiedName, GenericsDef generics, FnSig sig,
                    Item.SelfKind selfKind, Item.FnDecl decl, String builtinKey, boolean trackCaller,
                    DefId parentImpl, DefId parentTrait, Span span) {
    public boolean hasBody() { return decl != null && decl.body() != null; }

    public boolean isBuiltin() { return builtinKey != null; }
}
