//@ compile-fail
// A closure returned by a generic function yields a tuple, which cannot be printed with `{}`.
fn pair_with<T: Clone, U>(left: T) -> impl Fn(U) -> (T, U) {
    move |u| (left.clone(), u)
}

fn main() {
    let p = pair_with(1u8);
    println!("{}", p('x')); //~ ERROR E0277
}
