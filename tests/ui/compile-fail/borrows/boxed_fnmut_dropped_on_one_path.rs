//@ compile-fail
// A boxed `dyn FnMut() + '_` dropped on one path only still holds its `&mut n` at the end of the scope: E0502.
fn main() {
    let mut n = 0;
    let done = std::env::args().count() > 0;
    let mut g: Box<dyn FnMut() + '_> = Box::new(|| n += 1);
    g();
    if done {
        drop(g);
    }
    println!("n = {}", n); //~ ERROR E0502
}
