//@ compile-fail
// Calling a closure returned as `impl Fn(A) -> C` by a generic function with an argument of the wrong type.
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let h = compose(|x: i32| x + 1, |x: i32| x * 2);
    println!("{}", h("five")); //~ ERROR E0308
}
