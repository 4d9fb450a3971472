//@ compile-fail
// Calling a getter on a temporary struct and keeping the result.
struct W { s: String }
impl W { fn get(&self) -> &str { &self.s } }
fn main() {
    let r = W { s: "x".into() }.get(); //~ ERROR E0716
    println!("{}", r);
}
