// `longest<'a>` used while both inputs are alive.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = String::from("long string");
    {
        let b = String::from("xyz");
        let r = longest(&a, &b);
        println!("{}", r);
    }
    println!("{}", a);
}
