//@ compile-fail
// A Vec<Box<dyn Fn()>> (implicitly 'static) given a closure borrowing a local (E0597).
fn main() {
    let mut hs: Vec<Box<dyn Fn()>> = Vec::new();
    let n = 1;
    hs.push(Box::new(|| println!("{}", n))); //~ ERROR E0597
    for h in &hs { h(); }
}
