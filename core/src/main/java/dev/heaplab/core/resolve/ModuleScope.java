package dev.heaplab.core.resolve;

import dev.heaplab.core.syntax.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module (or a block holding items) with its names in the two namespaces and its `use` entries.
 * Block scopes see their enclosing scope's names; modules do not (only the prelude).
 */
public final class ModuleScope {
    public enum Ns { TYPE, VALUE }

    private final String name;
    private final ModuleScope parent;
    private final boolean std;
    private final boolean block;
    private final Map<String, Decl> types = new LinkedHashMap<>();
    private final Map<String, Decl> values = new LinkedHashMap<>();
    private final List<Item.UseEntry> uses = new ArrayList<>();

    public ModuleScope(String name, ModuleScope parent, boolean std, boolean block) {
        this.name = name;
        this.parent = parent;
        this.std = std;
        this.block = block;
    }

    public String name() { return name; }

    public ModuleScope parent() { return parent; }

    public boolean isStd() { return std; }

    public boolean isBlock() { return block; }

    /** The nearest enclosing real module (for `self::`/`super::`). */
    public ModuleScope module() { return block ? parent.module() : this; }

    public Map<String, Decl> names(Ns ns) { return ns == Ns.TYPE ? types : values; }

    public void define(Ns ns, String n, Decl d) { names(ns).putIfAbsent(n, d); }

    public List<Item.UseEntry> uses() { return uses; }

    /** Where rustc inserts a suggested `use` in this module: before its first `use`, else before its first item. */
    private int importAt = -1;

    public int importAt() { return importAt; }

    void importAt(int pos) { importAt = pos; }

    /** The user's items declared in this scope, per namespace and name, for their visibility. */
    private final Map<String, Item> declared = new java.util.HashMap<>();

    public void declare(Ns ns, String n, Item item) { declared.putIfAbsent(ns + n, item); }

    /** The user's item that defines {@code n} here (not an import), or null. */
    public Item declared(Ns ns, String n) { return declared.isEmpty() ? null : declared.get(ns + n); }

    /** Is this scope this module or inside it (where its private items are visible)? */
    public boolean within(ModuleScope module) {
        for (ModuleScope s = this; s != null; s = s.parent()) if (s == module) return true;
        return false;
    }
}
