//@ compile-fail
// A function with two reference parameters returns `Option<&str>` without saying which.
fn first_token(line: &str, sep: &str) -> Option<&str> { //~ ERROR E0106
    line.split(sep).next()
}

fn main() {
    println!("{:?}", first_token("a;b", ";"));
}
