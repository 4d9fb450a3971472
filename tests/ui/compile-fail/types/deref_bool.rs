//@ compile-fail
// Dereferencing a bool that is not behind a reference.
fn main() {
    let ok = true;
    if *ok { //~ ERROR E0614
        println!("ok");
    }
}
