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
}
