// Rc shares one heap value: strong_count goes up with each clone and down with each drop.
use std::rc::Rc;

struct Config {
    name: String,
    level: u8,
}

struct Service {
    id: u32,
    config: Rc<Config>,
}

fn main() {
    let config = Rc::new(Config { name: String::from("prod"), level: 3 });
    println!("count after new: {}", Rc::strong_count(&config));
    let mut services = Vec::new();
    for id in 1..=3 {
        services.push(Service { id, config: Rc::clone(&config) });
        println!("service {} created, count {}", id, Rc::strong_count(&config));
    }
    for s in &services {
        println!("service {} uses {} level {}", s.id, s.config.name, s.config.level);
    }
    services.pop();
    println!("after pop: {}", Rc::strong_count(&config));
    let other = config.clone();
    println!("same allocation: {}", Rc::ptr_eq(&config, &other));
    drop(other);
    services.clear();
    println!("after clear: {}", Rc::strong_count(&config));
    let text: Rc<str> = Rc::from("partage");
    let t2 = Rc::clone(&text);
    println!("{} {} count {}", text, t2, Rc::strong_count(&text));
    match Rc::try_unwrap(config) {
        Ok(c) => println!("unwrapped {}", c.name),
        Err(_) => println!("still shared"),
    }
}
