//@ compile-fail
// A callback boxed into a list of `Box<dyn Fn()>` captures a borrowed parameter.
fn register(callbacks: &mut Vec<Box<dyn Fn()>>, name: &str) {
    callbacks.push(Box::new(move || println!("hello {}", name))); //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut cbs = Vec::new();
    register(&mut cbs, "ann");
    for cb in &cbs {
        cb();
    }
}
