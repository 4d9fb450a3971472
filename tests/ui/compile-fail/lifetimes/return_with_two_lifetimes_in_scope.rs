//@ compile-fail
// Every input names its lifetime, and there are two: the output's cannot be derived.
fn either<'a, 'b>(a: &'a str, b: &'b str, left: bool) -> &str { //~ ERROR E0106
    if left { a } else { b }
}

fn main() {
    println!("{}", either("a", "b", true));
}
