//@ compile-fail
// Pushing a borrowed `&str` into a Vec of `&'static str`: the borrow escapes the function.
fn fill(v: &mut Vec<&'static str>, s: &str) {
    v.push(s); //~ ERROR E0521
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v, "a");
    println!("{:?}", v);
}
