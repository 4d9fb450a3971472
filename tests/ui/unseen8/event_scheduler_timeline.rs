// A discrete-event scheduler: a BTreeMap<u32, Vec<Event>> timeline, pop_first, events scheduling follow-ups.
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
enum Event {
    Arrive { customer: u32 },
    StartService { customer: u32 },
    Depart { customer: u32 },
}

struct Sim {
    timeline: BTreeMap<u32, Vec<Event>>,
    busy_until: u32,
    waiting: Vec<u32>,
    served: Vec<(u32, u32)>,
}

impl Sim {
    fn schedule(&mut self, at: u32, e: Event) {
        self.timeline.entry(at).or_default().push(e);
    }

    fn run(&mut self) -> u32 {
        let mut now = 0;
        while let Some((t, events)) = self.timeline.pop_first() {
            now = t;
            for e in events {
                self.handle(now, e);
            }
        }
        now
    }

    fn handle(&mut self, now: u32, e: Event) {
        match e {
            Event::Arrive { customer } => {
                if now >= self.busy_until && self.waiting.is_empty() {
                    self.schedule(now, Event::StartService { customer });
                    self.busy_until = u32::MAX;
                } else {
                    self.waiting.push(customer);
                }
            }
            Event::StartService { customer } => {
                let duration = 3 + customer % 4;
                println!("t={:>2} serve c{} for {}", now, customer, duration);
                self.busy_until = now + duration;
                self.schedule(now + duration, Event::Depart { customer });
            }
            Event::Depart { customer } => {
                self.served.push((customer, now));
                self.busy_until = now;
                if !self.waiting.is_empty() {
                    let next = self.waiting.remove(0);
                    self.schedule(now, Event::StartService { customer: next });
                    self.busy_until = u32::MAX;
                }
            }
        }
    }
}

fn main() {
    let mut sim = Sim { timeline: BTreeMap::new(), busy_until: 0, waiting: vec![], served: vec![] };
    let arrivals = [(0, 1), (1, 2), (2, 3), (9, 4), (20, 5), (21, 6)];
    for (t, c) in arrivals {
        sim.schedule(t, Event::Arrive { customer: c });
    }
    println!("first event: {:?}", sim.timeline.first_key_value().map(|(k, v)| (*k, v.len())));
    println!("last event: {:?}", sim.timeline.last_key_value().map(|(k, _)| *k));
    let end = sim.run();
    println!("finished at t={}", end);
    for (c, t) in &sim.served {
        let arrived = arrivals.iter().find(|a| a.1 == *c).unwrap().0;
        println!("c{} left at {:>2}, time in system {}", c, t, t - arrived);
    }
    let total_wait: u32 = sim.served.iter().map(|(c, t)| t - arrivals[(*c - 1) as usize].0).sum();
    println!("average time in system {:.2}", total_wait as f64 / sim.served.len() as f64);
    println!("timeline empty: {}", sim.timeline.is_empty());
}
