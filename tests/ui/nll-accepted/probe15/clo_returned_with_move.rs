// Closures returned as `impl Fn` with move and as `Box<dyn FnMut>`.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn counter() -> Box<dyn FnMut() -> i32> {
    let mut c = 0;
    Box::new(move || { c += 1; c })
}
fn main() {
    let mut c = counter();
    c();
    println!("{} {}", make_adder(1)(2), c());
}
