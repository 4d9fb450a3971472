//@ compile-fail
// A closure borrowing a local cannot become the `'static` trait object `Box<dyn Fn()>` a function takes.
fn run(f: Option<Box<dyn Fn() -> usize>>) -> usize {
    f.map(|g| g()).unwrap_or(0)
}
fn main() {
    let s = String::from("abc");
    println!("{}", run(Some(Box::new(|| s.len())))); //~ ERROR E0597
}
