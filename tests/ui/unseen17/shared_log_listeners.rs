// Listeners that all write to one shared log, as JavaScript closures would share an array: Rc<RefCell<Vec<String>>> captured by Box<dyn Fn>.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Clone)]
enum Event {
    Login(String),
    Logout(String),
    Purchase { user: String, cents: u32 },
}

struct Bus {
    listeners: Vec<Box<dyn Fn(&Event)>>,
}

impl Bus {
    fn new() -> Bus {
        Bus { listeners: Vec::new() }
    }

    fn subscribe(&mut self, f: impl Fn(&Event) + 'static) {
        self.listeners.push(Box::new(f));
    }

    fn publish(&self, e: Event) {
        for l in &self.listeners {
            l(&e);
        }
    }
}

fn main() {
    let log: Rc<RefCell<Vec<String>>> = Rc::new(RefCell::new(Vec::new()));
    let revenue = Rc::new(RefCell::new(0u32));
    let online = Rc::new(RefCell::new(Vec::<String>::new()));
    let mut bus = Bus::new();

    let log1 = Rc::clone(&log);
    bus.subscribe(move |e| log1.borrow_mut().push(format!("{:?}", e)));

    let rev = revenue.clone();
    let log2 = log.clone();
    bus.subscribe(move |e| {
        if let Event::Purchase { user, cents } = e {
            *rev.borrow_mut() += cents;
            log2.borrow_mut().push(format!("{} spent {}", user, cents));
        }
    });

    let who = Rc::clone(&online);
    bus.subscribe(move |e| match e {
        Event::Login(u) => who.borrow_mut().push(u.clone()),
        Event::Logout(u) => who.borrow_mut().retain(|x| x != u),
        _ => {}
    });

    bus.publish(Event::Login("ann".into()));
    bus.publish(Event::Login("bob".into()));
    bus.publish(Event::Purchase { user: "ann".into(), cents: 1250 });
    bus.publish(Event::Logout("ann".into()));
    bus.publish(Event::Purchase { user: "bob".into(), cents: 399 });

    for (i, line) in log.borrow().iter().enumerate() {
        println!("{:>2}: {}", i, line);
    }
    println!("revenue: {}", revenue.borrow());
    println!("online: {:?}", online.borrow());
    println!("log refs: {}, listeners: {}", Rc::strong_count(&log), bus.listeners.len());
    drop(bus);
    println!("after dropping the bus: {}", Rc::strong_count(&log));
}
