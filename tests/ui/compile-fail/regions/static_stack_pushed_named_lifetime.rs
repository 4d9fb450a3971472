//@ compile-fail
// A `&'a str` pushed onto a stack of `&'static str`: `'a` would have to outlive `'static`.
fn visit<'a>(stack: &mut Vec<&'static str>, color: &mut Vec<&'a str>, name: &'a str) {
    color.push(name);
    stack.push(name); //~ ERROR E0521
}

fn main() {
    let mut s = Vec::new();
    let mut c = Vec::new();
    visit(&mut s, &mut c, "a");
    println!("{:?} {:?}", s, c);
}
