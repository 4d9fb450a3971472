// A priority queue as a sorted Vec: insert at binary_search position, pop the earliest, cancel by id
#[derive(Debug, Clone)]
struct Event {
    time: u32,
    id: u32,
    what: String,
}

struct Scheduler {
    events: Vec<Event>,
    next_id: u32,
}

impl Scheduler {
    fn schedule(&mut self, time: u32, what: &str) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        let pos = match self.events.binary_search_by(|e| (e.time, e.id).cmp(&(time, id))) {
            Ok(p) | Err(p) => p,
        };
        self.events.insert(pos, Event { time, id, what: what.to_string() });
        id
    }

    fn cancel(&mut self, id: u32) -> bool {
        let before = self.events.len();
        self.events.retain(|e| e.id != id);
        before != self.events.len()
    }

    fn pop_next(&mut self) -> Option<Event> {
        if self.events.is_empty() { None } else { Some(self.events.remove(0)) }
    }

    fn peek_time(&self) -> Option<u32> {
        self.events.first().map(|e| e.time)
    }
}

fn main() {
    let mut s = Scheduler { events: Vec::new(), next_id: 1 };
    s.schedule(30, "lunch");
    let meeting = s.schedule(10, "standup");
    s.schedule(20, "code review");
    s.schedule(10, "coffee");
    let call = s.schedule(45, "client call");
    s.schedule(5, "email");
    println!("next at {:?}", s.peek_time());
    println!("cancel call: {}, again: {}", s.cancel(call), s.cancel(call));
    let mut clock = 0;
    while let Some(e) = s.pop_next() {
        let wait = e.time - clock;
        clock = e.time;
        println!("t={:>3} (+{:>2}) #{} {}", e.time, wait, e.id, e.what);
        if e.id == meeting {
            let follow = s.schedule(clock + 12, "follow-up");
            println!("       scheduled follow-up #{}", follow);
        }
    }
    println!("done at {}, queue empty: {}", clock, s.peek_time().is_none());
}
