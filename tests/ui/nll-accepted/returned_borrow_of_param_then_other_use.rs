// A function returning a borrow of its parameter, the caller mutating after the last use.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let mut a = String::from("abc");
    let b = String::from("de");
    let r = longest(&a, &b);
    println!("{}", r);
    a.push('x');
    println!("{}", a);
}
