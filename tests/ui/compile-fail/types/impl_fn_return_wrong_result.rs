//@ compile-fail
// The result of a closure returned by a generic function has the instantiated output type, not another.
fn twice<T: Copy + std::ops::Add<Output = T>>(step: T) -> impl Fn(T) -> T {
    move |x| x + step + step
}

fn main() {
    let f = twice(2u8);
    let s: String = f(1); //~ ERROR E0308
    println!("{s}");
}
