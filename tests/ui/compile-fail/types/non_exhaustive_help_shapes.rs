//@ compile-fail
// rustc's help for missing patterns: the new arm after a block body, after a single arm without a
// comma, behind a reference, and `_` for a nested value no arm constructs.
enum E { A, B(i32), C { x: i32 }, D }
fn main() {
    let e = E::A;
    match e { //~ ERROR E0004
        E::A => {
            println!("a");
        }
        E::B(_) => {}
    }
    let o = Some(1);
    match o { //~ ERROR E0004
        Some(1) => println!("one")
    }
    match &e { E::A | E::D => {}, E::C { .. } => {} } //~ ERROR E0004
    let t = (true, Some(2));
    match t { (true, Some(_)) => {} } //~ ERROR E0004
    let E::B(v) = e; //~ ERROR E0005
    println!("{v}");
}
