//@ compile-fail
// The type of `T::NAME` is the declared one: a `&str` is not a `u32`.
trait Named {
    const NAME: &'static str;
}

fn len_of<T: Named>() -> u32 {
    T::NAME //~ ERROR E0308
}

struct A;

impl Named for A {
    const NAME: &'static str = "a";
}

fn main() {
    println!("{}", len_of::<A>());
}
