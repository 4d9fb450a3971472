//@ compile-fail
// An or-pattern whose alternatives bind different names (E0408).
enum E { A(i32), B(i32) }
fn main() {
    let e = E::A(1);
    match e {
        E::A(x) | E::B(y) => println!("{}", x), //~ ERROR E0408
        //~^ ERROR E0408
        //~^^ ERROR E0381
    }
}
