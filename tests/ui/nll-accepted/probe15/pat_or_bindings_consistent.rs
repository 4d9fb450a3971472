// Or-patterns binding the same names with the same modes and types.
enum E { A(i32), B(i32), C }
fn main() {
    for e in [E::A(1), E::B(2), E::C] {
        match e {
            E::A(x) | E::B(x) => println!("{}", x),
            E::C => println!("c"),
        }
    }
}
