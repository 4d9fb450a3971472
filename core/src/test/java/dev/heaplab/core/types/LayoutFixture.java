package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-built program definitions for layout tests (standard-library stubs plus the user types of
 * layout_facts.rs) and a parser from Rust type spellings to {@link Ty}.
 */
final class LayoutFixture {
    final ProgramDefs defs = new ProgramDefs();
    private final Map<String, DefId> byName = new HashMap<>();
    private final Map<String, Integer> arity = new HashMap<>();

    /** {@code declaredOptionResult}: Option/Result come with their prelude.rs variants, else as empty stubs. */
    LayoutFixture(boolean declaredOptionResult) {
        langStub("String", LangItem.STRING, 0);
        langStub("Vec", LangItem.VEC, 1);
        langStub("Box", LangItem.BOX, 1);
        langStub("Rc", LangItem.RC, 1);
        langStub("Arc", LangItem.ARC, 1);
        langStub("Weak", LangItem.RC_WEAK, 1);
        langStub("Cell", LangItem.CELL, 1);
        langStub("RefCell", LangItem.REF_CELL, 1);
        langStub("Ref", LangItem.CELL_REF, 1);
        langStub("RefMut", LangItem.CELL_REF_MUT, 1);
        langStub("HashMap", LangItem.HASH_MAP, 2);
        langStub("HashSet", LangItem.HASH_SET, 1);
        langStub("Mutex", LangItem.MUTEX, 1);
        langStub("MutexGuard", LangItem.MUTEX_GUARD, 1);
        langStub("JoinHandle", LangItem.JOIN_HANDLE, 1);
        langStub("Sender", LangItem.SENDER, 1);
        langStub("Receiver", LangItem.RECEIVER, 1);
        langStub("Range", LangItem.RANGE, 1);
        langStub("RangeInclusive", LangItem.RANGE_INCLUSIVE, 1);
        langStub("RangeFrom", LangItem.RANGE_FROM, 1);
        langStub("RangeTo", LangItem.RANGE_TO, 1);
        langStub("RangeToInclusive", LangItem.RANGE_TO_INCLUSIVE, 1);
        langStub("RangeFull", LangItem.RANGE_FULL, 0);
        langStub("Ordering", LangItem.ORDERING, 0);
        langStub("Formatter", LangItem.FORMATTER, 0);
        langStub("Error", LangItem.FMT_ERROR, 0);
        langStub("Iter", LangItem.ITER, 1);
        byName.put("Speak", defs.newDefId("Speak"));
        if (declaredOptionResult) {
            adt("Option", List.of("T"), true, LangItem.OPTION, "None", "Some(T)");
            adt("Result", List.of("T", "E"), true, LangItem.RESULT, "Ok(T)", "Err(E)");
        } else {
            langStub("Option", LangItem.OPTION, 1);
            langStub("Result", LangItem.RESULT, 2);
        }
        for (String n : List.of("Point", "Mixed", "Person", "Wrapper", "Empty", "Generic", "Node", "Niches", "Pair",
                "HasZst", "Dir", "Wide", "Neg", "Shape", "Msg", "Void", "Single", "WithVoid", "Tree", "Jagged", "Unit1",
                "Big", "Flagged", "Five", "Hi", "Tri", "Over", "EndBias", "AroundNiche")) {
            byName.put(n, defs.newDefId(n));
        }
        adt("Point", List.of(), false, null, "{x: i32, y: i32}");
        adt("Mixed", List.of(), false, null, "{a: u8, b: u32, c: u16, d: u64}");
        adt("Person", List.of(), false, null, "{name: String, age: u8, alive: bool}");
        adt("Wrapper", List.of(), false, null, "(u8, [u8; 4], u32)");
        adt("Empty", List.of(), false, null, "");
        adt("Generic", List.of("T"), false, null, "{tag: u8, value: T}");
        adt("Node", List.of(), false, null, "{value: i32, next: Option<Box<Node>>}");
        adt("Niches", List.of(), false, null, "{a: u32, b: bool, c: u16}");
        adt("Pair", List.of("A", "B"), false, null, "{first: A, second: B}");
        adt("HasZst", List.of(), false, null, "{a: u32, z: (), b: u8}");
        adt("Dir", List.of(), true, null, "N", "E", "S", "W");
        adt("Wide", List.of(), true, null, "A=0", "B=1000");
        adt("Neg", List.of(), true, null, "A=-1", "B=200");
        adt("Shape", List.of(), true, null, "Circle(f64)", "Rect{w: u32, h: u32}", "Nothing");
        adt("Msg", List.of(), true, null, "Quit", "Move{x: i32, y: i32}", "Write(String)", "Color(u8, u8, u8)");
        adt("Void", List.of(), true, null);
        adt("Single", List.of(), true, null, "Only(u32)");
        adt("WithVoid", List.of(), true, null, "A(u32)", "B(Void)");
        adt("Tree", List.of(), true, null, "Leaf(i32)", "Node(Box<Tree>, Box<Tree>)");
        adt("Jagged", List.of(), true, null, "A(u8, bool)", "B(u8)");
        adt("Unit1", List.of(), true, null, "A");
        adt("Big", List.of(), true, null, "A(u64, u8)", "B(u16)", "C");
        adt("Flagged", List.of(), true, null, "On(bool)", "Off");
        adt("Five", List.of(), true, null, "A=5", "B=6");
        adt("Hi", List.of(), true, null, "A=250", "B=254");
        adt("Tri", List.of(), true, null, "A(bool)", "B", "C");
        adt("Over", List.of(), true, null, "A(Hi)", "B", "C", "D");
        adt("EndBias", List.of(), false, null, "{a: u8, b: bool, c: u16}");
        adt("AroundNiche", List.of(), true, null, "Big(EndBias)", "Small(u16)", "Tiny(u8)");
    }

    private void langStub(String name, LangItem lang, int params) {
        DefId id = defs.newDefId(name);
        byName.put(name, id);
        List<String> generics = new ArrayList<>();
        for (int i = 0; i < params; i++) generics.add("T" + i);
        defs.put(new AdtDef(id, name, AdtDef.Kind.STRUCT, generics, List.of(), Set.of(), lang, null));
    }

    private static final Pattern VARIANT = Pattern.compile("(\\w*)\\s*(?:=(-?\\d+)|\\((.*)\\)|\\{(.*)})?");

    /** Declares an ADT; a struct is given one body ("{a: T}", "(T, U)" or ""), an enum one string per variant. */
    private void adt(String name, List<String> generics, boolean isEnum, LangItem lang, String... bodies) {
        DefId id = byName.computeIfAbsent(name, defs::newDefId);
        List<AdtDef.VariantDef> variants = new ArrayList<>();
        long discr = 0;
        for (String body : bodies) {
            Matcher m = VARIANT.matcher(body.trim());
            if (!m.matches()) throw new IllegalArgumentException(body);
            String vname = isEnum ? m.group(1) : name;
            if (m.group(2) != null) discr = Long.parseLong(m.group(2));
            List<AdtDef.FieldDef> fields = new ArrayList<>();
            AdtDef.CtorKind ctor = AdtDef.CtorKind.UNIT;
            if (m.group(3) != null) {
                ctor = AdtDef.CtorKind.TUPLE;
                List<String> tys = splitTop(m.group(3));
                for (int i = 0; i < tys.size(); i++) fields.add(new AdtDef.FieldDef(Integer.toString(i), parse(tys.get(i), generics), true));
            } else if (m.group(4) != null) {
                ctor = AdtDef.CtorKind.NAMED;
                for (String f : splitTop(m.group(4))) {
                    int colon = f.indexOf(':');
                    fields.add(new AdtDef.FieldDef(f.substring(0, colon).trim(), parse(f.substring(colon + 1), generics), true));
                }
            }
            variants.add(new AdtDef.VariantDef(vname, ctor, fields, discr++));
        }
        defs.put(new AdtDef(id, name, isEnum ? AdtDef.Kind.ENUM : AdtDef.Kind.STRUCT, generics, variants, Set.of(), lang, null));
    }

    static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '(' || c == '[' || c == '{') depth++;
            else if ((c == '>' && s.charAt(i - 1) != '-') || c == ')' || c == ']' || c == '}') depth--;
            else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i).trim());
                start = i + 1;
            }
        }
        if (!s.substring(start).isBlank()) out.add(s.substring(start).trim());
        return out;
    }

    Ty parse(String text) { return parse(text, List.of()); }

    Ty parse(String text, List<String> generics) {
        TypeParser p = new TypeParser(text, generics);
        Ty t = p.ty();
        if (p.pos < p.toks.size()) throw new IllegalArgumentException("trailing tokens in " + text);
        return t;
    }

    private final class TypeParser {
        final List<String> toks = new ArrayList<>();
        final List<String> generics;
        int pos;

        TypeParser(String text, List<String> generics) {
            this.generics = generics;
            Matcher m = Pattern.compile("->|::|'\\w+|-?\\w+|\\S").matcher(text);
            while (m.find()) toks.add(m.group());
        }

        String peek() { return pos < toks.size() ? toks.get(pos) : ""; }

        String next() { return toks.get(pos++); }

        void expect(String s) {
            if (!next().equals(s)) throw new IllegalArgumentException("expected " + s + " in " + toks);
        }

        List<Ty> list(String close) {
            List<Ty> out = new ArrayList<>();
            while (!peek().equals(close)) {
                if (peek().startsWith("'")) next();
                else out.add(ty());
                if (peek().equals(",")) next();
            }
            next();
            return out;
        }

        Ty ty() {
            String t = next();
            switch (t) {
                case "(" -> {
                    return new Ty.Tuple(list(")"));
                }
                case "[" -> {
                    Ty elem = ty();
                    if (peek().equals(";")) {
                        next();
                        long n = Long.parseLong(next());
                        expect("]");
                        return new Ty.Array(elem, n);
                    }
                    expect("]");
                    return new Ty.Slice(elem);
                }
                case "&" -> {
                    if (peek().startsWith("'")) next();
                    boolean mut = peek().equals("mut");
                    if (mut) next();
                    return new Ty.Ref(Region.ERASED, mut, ty());
                }
                case "*" -> {
                    boolean mut = next().equals("mut");
                    return new Ty.RawPtr(mut, ty());
                }
                case "!" -> {
                    return Ty.NEVER;
                }
                default -> { }
            }
            if (t.equals("fn")) {
                expect("(");
                List<Ty> params = list(")");
                Ty ret = Ty.UNIT;
                if (peek().equals("->")) {
                    next();
                    ret = ty();
                }
                return new Ty.FnPtr(params, ret);
            }
            if (t.equals("dyn")) return new Ty.Dynamic(byName.get(next()), List.of());
            while (peek().equals("::")) {
                next();
                t = next();
            }
            IntTy i = IntTy.byName(t);
            if (i != null) return new Ty.Int(i);
            FloatTy f = FloatTy.byName(t);
            if (f != null) return new Ty.Float(f);
            switch (t) {
                case "bool" -> {
                    return Ty.BOOL;
                }
                case "char" -> {
                    return Ty.CHAR;
                }
                case "str" -> {
                    return Ty.STR;
                }
                default -> { }
            }
            int g = generics.indexOf(t);
            if (g >= 0) return new Ty.Param(g, t);
            DefId id = byName.get(t);
            if (id == null) throw new IllegalArgumentException("unknown type name " + t);
            List<Ty> args = List.of();
            if (peek().equals("<")) {
                next();
                args = list(">");
            }
            return new Ty.Adt(id, args);
        }
    }
}
