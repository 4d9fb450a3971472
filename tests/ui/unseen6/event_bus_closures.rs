// An event bus holding boxed closures: Box<dyn Fn>, Box<dyn FnMut> with captured state, move closures.
use std::collections::HashMap;

struct Bus {
    listeners: HashMap<String, Vec<Box<dyn Fn(&str) -> String>>>,
    counters: Vec<Box<dyn FnMut(&str) -> usize>>,
}

impl Bus {
    fn new() -> Self {
        Bus { listeners: HashMap::new(), counters: Vec::new() }
    }

    fn on(&mut self, topic: &str, f: Box<dyn Fn(&str) -> String>) {
        self.listeners.entry(topic.to_string()).or_insert_with(Vec::new).push(f);
    }

    fn emit(&mut self, topic: &str, payload: &str) -> Vec<String> {
        let mut replies = Vec::new();
        if let Some(fs) = self.listeners.get(topic) {
            for f in fs {
                replies.push(f(payload));
            }
        }
        for c in self.counters.iter_mut() {
            let n = c(topic);
            replies.push(format!("counter saw {} events", n));
        }
        replies
    }
}

fn prefixer(prefix: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(move |p| format!("{}{}", prefix, p))
}

fn main() {
    let mut bus = Bus::new();
    bus.on("greet", prefixer(String::from("hello, ")));
    bus.on("greet", Box::new(|p| p.to_uppercase()));
    let limit = 5;
    bus.on("size", Box::new(move |p| {
        if p.len() > limit { format!("{} is long", p) } else { format!("{} is short", p) }
    }));
    let mut seen = 0;
    bus.counters.push(Box::new(move |_topic| {
        seen += 1;
        seen
    }));
    let mut greet_count = 0;
    bus.counters.push(Box::new(move |topic| {
        if topic == "greet" {
            greet_count += 1;
        }
        greet_count
    }));

    let events = [("greet", "world"), ("size", "tiny"), ("size", "enormous"), ("quiet", "nothing"), ("greet", "rust")];
    for (topic, payload) in events {
        let replies = bus.emit(topic, payload);
        println!("[{}] {}", topic, replies.join(" | "));
    }
    let mut topics: Vec<&String> = bus.listeners.keys().collect();
    topics.sort();
    println!("topics: {:?}", topics);
    let total: usize = bus.listeners.values().map(|v| v.len()).sum();
    println!("{} listeners, {} counters", total, bus.counters.len());
}
