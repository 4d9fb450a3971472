//@ compile-fail
// `Option<T>: Clone` needs `T: Clone`: an enum without the derive makes `clone` on its Option E0599.
#[derive(Debug)]
enum Mode {
    Fast,
    Slow(u32),
}
fn main() {
    let m = Some(Mode::Slow(3));
    let n = m.clone(); //~ ERROR E0599
    println!("{:?} {:?} {:?}", m, n, Mode::Fast);
}
