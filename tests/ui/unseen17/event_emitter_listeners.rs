// A JavaScript-style EventEmitter: listeners stored as Vec<Box<dyn Fn(&Event)>> per event name.
use std::collections::HashMap;

#[derive(Debug)]
struct Event {
    name: String,
    payload: String,
}

struct EventEmitter {
    listeners: HashMap<String, Vec<Box<dyn Fn(&Event)>>>,
}

impl EventEmitter {
    fn new() -> EventEmitter {
        EventEmitter { listeners: HashMap::new() }
    }

    fn on(&mut self, name: &str, listener: Box<dyn Fn(&Event)>) {
        self.listeners.entry(name.to_string()).or_default().push(listener);
    }

    fn emit(&self, name: &str, payload: &str) -> usize {
        let event = Event { name: name.to_string(), payload: payload.to_string() };
        match self.listeners.get(name) {
            Some(list) => {
                for listener in list {
                    listener(&event);
                }
                list.len()
            }
            None => {
                println!("(nobody listens to {})", event.name);
                0
            }
        }
    }

    fn listener_count(&self, name: &str) -> usize {
        self.listeners.get(name).map_or(0, |l| l.len())
    }
}

fn main() {
    let mut emitter = EventEmitter::new();
    let prefix = String::from(">>");
    emitter.on("click", Box::new(move |e: &Event| {
        println!("{} clicked with {}", prefix, e.payload);
    }));
    emitter.on("click", Box::new(|e| println!("second handler sees {:?}", e)));
    emitter.on("close", Box::new(|e| {
        let words: Vec<&str> = e.payload.split(' ').collect();
        println!("closing, {} words in payload", words.len());
    }));

    let n = emitter.emit("click", "button-1");
    println!("click reached {} listeners", n);
    let n = emitter.emit("close", "bye for now");
    println!("close reached {} listeners", n);
    let n = emitter.emit("resize", "10x20");
    println!("resize reached {} listeners", n);
    println!("counts: click={} close={} key={}",
        emitter.listener_count("click"),
        emitter.listener_count("close"),
        emitter.listener_count("key"));
}
