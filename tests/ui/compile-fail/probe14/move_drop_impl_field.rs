//@ compile-fail
// Moving a field out of a type that implements Drop.
struct Guard { name: String }
impl Drop for Guard {
    fn drop(&mut self) { println!("drop"); }
}
fn main() {
    let g = Guard { name: "g".into() };
    let n = g.name; //~ ERROR E0509
    println!("{}", n);
}
