//@ compile-fail
// A boxed closure borrowing a local, pushed into a vector behind a parameter, outlives the call: E0373.
fn add<'a>(v: &mut Vec<Box<dyn Fn() + 'a>>) {
    let x = 1;
    v.push(Box::new(|| println!("{}", x))); //~ ERROR E0373
}
fn main() {
    let mut v = Vec::new();
    add(&mut v);
    println!("{}", v.len());
}
