//@ compile-fail
// Pushing a borrowed parameter into a Vec of `&'static str` lets the borrow escape.
fn keep(names: &mut Vec<&'static str>, name: &str) {
    names.push(name); //~ ERROR E0521
}

fn main() {
    let mut names = Vec::new();
    keep(&mut names, "ada");
    println!("{:?}", names);
}
