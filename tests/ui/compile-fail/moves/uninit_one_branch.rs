//@ compile-fail
// A variable assigned in only one branch is possibly uninitialised afterwards.
fn main() {
    let n: i32;
    if std::env::args().count() > 3 {
        n = 1;
    }
    println!("{}", n); //~ ERROR E0381
}
