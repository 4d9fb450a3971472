//@ compile-fail
// A let-else whose else block does not diverge (E0308).
fn main() {
    let o = Some(1);
    let Some(x) = o else { //~ ERROR E0308
        println!("none");
    };
    println!("{}", x);
}
