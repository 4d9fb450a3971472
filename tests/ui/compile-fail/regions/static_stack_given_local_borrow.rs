//@ compile-fail
// A stack of `&'static str` is given a borrow of a local String through a `'static` parameter.
fn store(stack: &mut Vec<&'static str>, s: &'static str) {
    stack.push(s);
}

fn main() {
    let mut st = Vec::new();
    let owned = String::from("x");
    store(&mut st, &owned); //~ ERROR E0597
    println!("{:?}", st);
}
