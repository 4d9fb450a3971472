//@ compile-fail
// Destructuring a Drop type by value.
struct Guard { name: String }
impl Drop for Guard {
    fn drop(&mut self) { println!("drop"); }
}
fn main() {
    let g = Guard { name: "g".into() };
    let Guard { name } = g; //~ ERROR E0509
    println!("{}", name);
}
