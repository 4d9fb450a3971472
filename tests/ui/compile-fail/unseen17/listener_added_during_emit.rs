//@ compile-fail
// While emitting, a listener list is iterated and a new listener is pushed to it, as JavaScript allows.
struct Emitter {
    listeners: Vec<Box<dyn Fn(&str)>>,
}

impl Emitter {
    fn emit(&mut self, msg: &str) {
        for l in &self.listeners {
            l(msg);
            if msg == "init" {
                self.listeners.push(Box::new(|m| println!("late: {}", m))); //~ ERROR E0502
            }
        }
    }
}

fn main() {
    let mut e = Emitter { listeners: vec![Box::new(|m| println!("first: {}", m))] };
    e.emit("init");
}
