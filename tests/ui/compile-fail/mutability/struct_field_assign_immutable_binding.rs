//@ compile-fail
// Assigning a field of an immutable struct binding in a nested field.
struct Inner {
    v: i32,
}
struct Outer {
    inner: Inner,
}

fn main() {
    let o = Outer { inner: Inner { v: 1 } };
    o.inner.v = 2; //~ ERROR E0594
    println!("{}", o.inner.v);
}
