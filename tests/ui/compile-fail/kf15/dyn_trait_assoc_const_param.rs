//@ compile-fail
// A function parameter `&dyn Sized3` of a trait with an associated constant with a default value (E0038).
trait Sized3 {
    const N: usize = 3;
    fn name(&self) -> String;
}
struct A;
impl Sized3 for A {
    fn name(&self) -> String {
        String::from("a")
    }
}
fn show(x: &dyn Sized3) -> String { //~ ERROR E0038
    x.name()
}
fn main() {
    println!("{} {}", show(&A), A::N); //~ ERROR E0038
}
