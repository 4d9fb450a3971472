//@ compile-fail
// `iter_mut` borrows the Vec through `DerefMut`: the conflict is reported at the receiver.
fn main() {
    let mut w = vec![vec![1]];
    let x = &w;
    w.iter_mut().for_each(|e| e.push(1)); //~ ERROR E0502
    println!("{x:?}");
}
