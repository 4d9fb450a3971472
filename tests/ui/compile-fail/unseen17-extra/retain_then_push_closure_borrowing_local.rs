//@ compile-fail
// After a retain comparing with a captured `&str`, a closure borrowing a local is pushed into the Vec of `'static` boxed closures.
fn refresh(v: &mut Vec<Box<dyn Fn() -> String>>, name: &str) {
    v.retain(|f| f() != name);
    let owned = name.to_uppercase();
    v.push(Box::new(|| owned.clone())); //~ ERROR E0597
}

fn main() {
    let mut v: Vec<Box<dyn Fn() -> String>> = vec![Box::new(|| "a".to_string())];
    refresh(&mut v, "a");
    println!("{}", v.len());
}
