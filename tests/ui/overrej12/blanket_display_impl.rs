// a blanket impl over every `T: Display`
use std::fmt::Display;
trait Shout {
    fn shout(&self) -> String;
}
impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!", self).to_uppercase()
    }
}
struct Name(String);
impl Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "name {}", self.0)
    }
}
fn main() {
    println!("{}", 42.shout());
    println!("{}", "hello".shout());
    println!("{}", Name(String::from("ann")).shout());
    println!("{}", 2.5f64.shout());
    let v: Vec<String> = ['a', 'b'].iter().map(|c| c.shout()).collect();
    println!("{:?}", v);
}
