package dev.heaplab.core.interp.jit;

import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;

/**
 * How a MIR type lives in JVM locals: integers of at most 64 bits as a long ('J'), floats as a double
 * ('D', f32 rounded after each operation as the machine does), bool and char as an int ('I'), unit
 * as nothing ('V'); anything else has no JVM form (0), and a body using it is not compiled.
 */
final class Scalars {
    private Scalars() {}

    static char kind(Ty t) {
        return switch (t) {
            case Ty.Int i -> i.kind().bits() <= 64 ? 'J' : 0;
            case Ty.Float f -> 'D';
            case Ty.Bool b -> 'I';
            case Ty.Char c -> 'I';
            case Ty.Tuple tu -> tu.elems().isEmpty() ? 'V' : 0;
            default -> 0;
        };
    }

    /** A tuple of scalars or units (what a checked operator produces): one JVM local per field. */
    static boolean flatTuple(Ty t) {
        if (!(t instanceof Ty.Tuple tu) || tu.elems().isEmpty()) return false;
        for (Ty e : tu.elems()) if (kind(e) == 0) return false;
        return true;
    }

    static int size(char kind) {
        return switch (kind) {
            case 'J', 'D' -> 2;
            case 'I' -> 1;
            default -> 0;
        };
    }

    static IntTy intTy(Ty t) { return t instanceof Ty.Int i ? i.kind() : null; }

    static boolean f32(Ty t) { return t instanceof Ty.Float f && f.kind() == FloatTy.F32; }
}
