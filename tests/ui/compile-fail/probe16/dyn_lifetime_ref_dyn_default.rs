//@ compile-fail
// &'a dyn Trait defaults to dyn Trait + 'a; storing it in a Box<dyn Trait> ('static) fails.
trait Show { fn show(&self) -> String; }
impl Show for &str { fn show(&self) -> String { self.to_string() } }
fn boxed(x: &'static str, local: &String) -> Vec<Box<dyn Show>> {
    let s: &str = local.as_str();
    vec![Box::new(x), Box::new(s)] //~ ERROR lifetime may not live long enough
}
fn main() {
    let l = String::from("b");
    println!("{}", boxed("a", &l).len());
}
