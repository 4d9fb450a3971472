//@ compile-fail
// `impl<T> Describe for T` already covers `i32`: the second impl overlaps it.
trait Describe {
    fn describe(&self) -> String;
}
impl<T> Describe for T {
    fn describe(&self) -> String {
        String::from("something")
    }
}
impl Describe for i32 { //~ ERROR E0119
    fn describe(&self) -> String {
        String::from("a number")
    }
}
fn main() {
    println!("{}", 5.describe());
}
