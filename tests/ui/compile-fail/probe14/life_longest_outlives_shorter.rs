//@ compile-fail
// The Book's `longest` with the shorter string dying first.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { if x.len() > y.len() { x } else { y } }
fn main() {
    let a = String::from("long string");
    let result;
    {
        let b = String::from("xyz");
        result = longest(a.as_str(), b.as_str()); //~ ERROR E0597
    }
    println!("{}", result);
}
