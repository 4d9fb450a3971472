package dev.heaplab.core.mir;

import java.math.BigInteger;

/** A compile-time value. */
public sealed interface ConstValue {
    /** An integer of the constant's type (two's complement bits for signed types). */
    record Int(BigInteger value) implements ConstValue {}
    record Float(double value) implements ConstValue {}
    record Bool(boolean value) implements ConstValue {}
    record Char(int codePoint) implements ConstValue {}
    /** A `&'static str` pointing at static data holding these UTF-8 bytes. */
    record Str(String value) implements ConstValue {}
    /** A `&'static [u8; N]` byte string. */
    record ByteStr(byte[] value) implements ConstValue {}
    /** A zero-sized value: unit, fn items, unit structs, closures without captures. */
    record ZeroSized() implements ConstValue {}
    /** A parsed format string for the formatting builtins (see {@code dev.heaplab.core.fmt}). */
    record Format(dev.heaplab.core.fmt.FormatTemplate template) implements ConstValue {}
}
