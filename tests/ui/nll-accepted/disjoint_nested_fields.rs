// Disjoint borrows reaching into nested structs.
struct Inner {
    a: u32,
    b: u32,
}

struct Outer {
    inner: Inner,
    c: u32,
}

fn main() {
    let mut o = Outer { inner: Inner { a: 1, b: 2 }, c: 3 };
    let pa = &mut o.inner.a;
    let pb = &mut o.inner.b;
    let pc = &mut o.c;
    *pa += *pb;
    *pb += *pc;
    *pc = 0;
    println!("{} {} {}", o.inner.a, o.inner.b, o.c);
}
