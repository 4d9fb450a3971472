//@ compile-fail
// A match on &Option<i32> missing &None (E0004).
fn main() {
    let o = Some(2);
    match &o { //~ ERROR E0004
        Some(n) => println!("{}", n),
    }
}
