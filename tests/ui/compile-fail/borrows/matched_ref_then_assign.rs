//@ compile-fail
// Assigning a variable while a reference from a match on it is alive.
fn main() {
    let mut opt = Some(3);
    let r = match &opt {
        Some(n) => n,
        None => &0,
    };
    opt = None; //~ ERROR E0506
    println!("{} {:?}", r, opt);
}
