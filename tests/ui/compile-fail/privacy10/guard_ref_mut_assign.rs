//@ compile-fail
// A guard sees its arm's bindings through shared references: no write through a `ref mut` binding.
fn main() {
    let mut v = Some(1);
    match v {
        Some(ref mut x) if { *x += 1; true } => println!("{}", x), //~ ERROR E0594
        _ => {}
    }
    println!("{:?}", v);
}
