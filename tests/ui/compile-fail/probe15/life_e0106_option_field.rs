//@ compile-fail
// An `Option<&str>` field without a lifetime (E0106).
struct Cfg { name: Option<&str> } //~ ERROR E0106
fn main() {
    let c = Cfg { name: None };
    println!("{:?}", c.name);
}
