//@ compile-fail
// A closure borrowing a local is passed to an `impl Fn() -> usize + 'static` parameter.
fn keep(f: impl Fn() -> usize + 'static) -> Box<dyn Fn() -> usize> {
    Box::new(f)
}

fn main() {
    let words = vec!["a", "b"];
    let count = keep(|| words.len()); //~ ERROR E0373
    println!("{}", count());
}
