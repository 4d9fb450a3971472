//@ compile-fail
// Pushing a boxed closure capturing a borrowed parameter into a Vec of `Box<dyn Fn()>`.
fn register(handlers: &mut Vec<Box<dyn Fn()>>, name: &String) {
    handlers.push(Box::new(move || println!("{}", name))); //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut hs = Vec::new();
    register(&mut hs, &String::from("a"));
    for h in &hs {
        h();
    }
}
