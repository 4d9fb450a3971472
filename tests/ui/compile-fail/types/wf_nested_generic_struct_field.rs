//@ compile-fail
// A generic struct holding `Inner<U>` in a field must repeat `Inner`'s bound on its own parameter.
struct Inner<T: Clone> {
    value: T,
}

struct Outer<U> {
    inner: Inner<U>, //~ ERROR E0277
}

fn main() {
    let o = Outer { inner: Inner { value: 5 } };
    println!("{}", o.inner.value);
}
