//@ compile-fail
// A Vec<Box<dyn Fn(&str)>> of listeners (implicitly 'static) gets a closure that borrows a local counter name.
struct Emitter {
    listeners: Vec<Box<dyn Fn(&str)>>,
}

impl Emitter {
    fn on(&mut self, f: Box<dyn Fn(&str)>) {
        self.listeners.push(f);
    }
}

fn main() {
    let mut emitter = Emitter { listeners: Vec::new() };
    let prefix = String::from("log:");
    emitter.on(Box::new(|msg| println!("{} {}", prefix, msg))); //~ ERROR E0597
    for l in &emitter.listeners {
        l("start");
    }
}
