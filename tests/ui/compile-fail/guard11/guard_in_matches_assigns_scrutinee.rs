//@ compile-fail
// `matches!` with a guard binds the same way as `match`.
fn main() {
    let mut o = Some(3);
    let ok = matches!(o, Some(n) if { o = None; n > 1 }); //~ ERROR E0506
    println!("{}", ok);
}
