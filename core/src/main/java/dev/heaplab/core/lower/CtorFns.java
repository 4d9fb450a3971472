package dev.heaplab.core.lower;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Constructor functions: a tuple struct or tuple variant used as a value (`.map(Some)`) is a
 * function taking the fields and returning the value, as in rustc. Each is made once, with a
 * one-block body `_0 = Variant(move _1, ..); return`.
 */
final class CtorFns {
    private final ProgramDefs defs;
    private final Map<String, DefId> made = new LinkedHashMap<>();
    final Map<DefId, Body> bodies = new LinkedHashMap<>();

    CtorFns(ProgramDefs defs) { this.defs = defs; }

    DefId of(DefId adtId, int variant) {
        return made.computeIfAbsent(adtId.index() + ":" + variant, k -> make(adtId, variant));
    }

    private DefId make(DefId adtId, int variant) {
        AdtDef adt = defs.adt(adtId);
        AdtDef.VariantDef v = adt.variants().get(variant);
        String name = adt.isEnum() ? adt.name() + "::" + v.name() : adt.name();
        DefId id = defs.newDefId(name);
        List<Ty> params = new ArrayList<>();
        for (int i = 0; i < adt.genericParams().size(); i++) params.add(new Ty.Param(i, adt.genericParams().get(i)));
        Ty self = new Ty.Adt(adtId, params);
        List<Ty> inputs = new ArrayList<>();
        for (AdtDef.FieldDef f : v.fields()) inputs.add(f.ty());
        GenericsDef generics = new GenericsDef(null, 0, adt.genericParams(), List.of());
        defs.put(new FnDef(id, name, name, generics, new FnSig(inputs, self), null, null, null, false, null, null, adt.span()));
        Span span = adt.span();
        List<LocalDecl> locals = new ArrayList<>();
        locals.add(new LocalDecl(self, null, false, span, LocalDecl.Kind.RETURN));
        List<Operand> fields = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            locals.add(new LocalDecl(inputs.get(i), null, false, span, LocalDecl.Kind.ARG));
            fields.add(new Operand.Move(Place.of(new Local(i + 1))));
        }
        Statement build = new Statement.Assign(span, Place.of(Local.RETURN),
                new Rvalue.Aggregate(new Rvalue.AggregateKind.Adt(adtId, variant, params), fields));
        bodies.put(id, new Body(id, name, locals, inputs.size(),
                List.of(new Body.BasicBlock(List.of(build), new Terminator.Return(span), false)), span));
        return id;
    }
}
