//@ compile-fail
// Registering a follow-up middleware while iterating over the chain.
trait Middleware {
    fn name(&self) -> String;
}

struct Logger;

impl Middleware for Logger {
    fn name(&self) -> String {
        "logger".to_string()
    }
}

fn main() {
    let mut chain: Vec<Box<dyn Middleware>> = vec![Box::new(Logger)];
    for m in chain.iter() {
        if m.name() == "logger" {
            chain.push(Box::new(Logger)); //~ ERROR E0502
        }
    }
    println!("{}", chain.len());
}
