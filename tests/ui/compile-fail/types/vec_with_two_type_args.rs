//@ compile-fail
// A user generic struct given two type arguments in a local annotation.
struct Wrapper<T> {
    inner: T,
}

fn main() {
    let w: Wrapper<u8, u8> = Wrapper { inner: 1 }; //~ ERROR E0107
    println!("{}", w.inner);
}
