//@ compile-fail
// An impl method with a type parameter the trait's method does not have (E0049).
trait Show { fn show(&self) -> String; }
struct S;
impl Show for S { fn show<T>(&self) -> String { String::new() } } //~ ERROR E0049
fn main() { println!("{}", S.show()); }
