package dev.heaplab.core.borrowck;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;

/**
 * Whether a user variable's type was written with `'static` (`let r: &'static i32 = &n;`): a
 * borrow stored there must outlive the function. A `'static` that typeck carried over from a
 * callee's signature (`let s = name();`) is not a constraint in rustc (the variable's region is
 * inferred), so the annotation must be in the source, between the binding and its `=`.
 */
final class StaticAnnotation {
    private StaticAnnotation() {}

    static boolean annotatedStatic(Body body, Local l, SourceFile source) {
        LocalDecl d = body.local(l);
        if (d.kind() != LocalDecl.Kind.USER || source == null || !hasStatic(d.ty())) return false;
        String annotation = annotation(d, source);
        return annotation != null && annotation.contains("'static");
    }

    /**
     * Whether a user variable's type was written with a lifetime parameter of the function
     * (`let best: Option<&'a str>`): such a lifetime outlives the whole body, so a borrow of a local
     * stored there does not live long enough, as with `'static`.
     */
    static boolean annotatedNamed(Body body, Local l, SourceFile source) {
        LocalDecl d = body.local(l);
        if (d.kind() != LocalDecl.Kind.USER || source == null || !hasNamed(d.ty())) return false;
        String annotation = annotation(d, source);
        return annotation != null && java.util.regex.Pattern.compile("'(?!static\\b|_\\b)[A-Za-z_]").matcher(annotation).find();
    }

    /** The text of the binding's written type (from its `:` to the `=`), or null when none is written. */
    private static String annotation(LocalDecl d, SourceFile source) {
        Span s = d.span();
        if (s == null || !source.contains(s.lo())) return null;
        String text = source.text();
        int from = s.hi() - source.startPos(), end = from;
        while (end < text.length() && text.charAt(end) != '=' && text.charAt(end) != ';' && text.charAt(end) != '{') end++;
        String annotation = text.substring(Math.min(from, end), end);
        return annotation.trim().startsWith(":") ? annotation : null;
    }

    private static boolean hasNamed(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Ref r && r.region().kind() == dev.heaplab.core.types.Region.Kind.NAMED && !"'static".equals(r.region().name())) found[0] = true;
            return x;
        });
        return found[0];
    }

    private static boolean hasStatic(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Ref r && r.region().isNamed() && "'static".equals(r.region().name())) found[0] = true;
            return x;
        });
        return found[0];
    }
}
