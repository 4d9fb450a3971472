//@ compile-fail
// The result of `longest` cannot be used after the shorter-lived argument is dropped.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let s1 = String::from("long string is long");
    let result;
    {
        let s2 = String::from("xyz");
        result = longest(s1.as_str(), s2.as_str()); //~ ERROR E0597
    }
    println!("The longest string is {}", result);
}
