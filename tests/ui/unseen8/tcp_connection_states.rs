// A TCP-like connection state machine: transitions matched on (state, event) tuples, errors as Result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Closed,
    Listen,
    SynReceived,
    Established,
    FinWait,
    TimeWait,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Open,
    Syn,
    Ack,
    Data(u16),
    Close,
    Timeout,
}

#[derive(Debug)]
struct BadTransition {
    from: State,
    event: Event,
}

struct Connection {
    state: State,
    bytes: u32,
    history: Vec<State>,
}

impl Connection {
    fn new() -> Self {
        Connection { state: State::Closed, bytes: 0, history: vec![State::Closed] }
    }

    fn apply(&mut self, event: Event) -> Result<State, BadTransition> {
        use State::*;
        let next = match (self.state, event) {
            (Closed, Event::Open) => Listen,
            (Listen, Event::Syn) => SynReceived,
            (SynReceived, Event::Ack) => Established,
            (Established, Event::Data(n)) => {
                self.bytes += n as u32;
                Established
            }
            (Established, Event::Close) | (SynReceived, Event::Close) => FinWait,
            (FinWait, Event::Ack) => TimeWait,
            (TimeWait, Event::Timeout) | (Listen, Event::Close) => Closed,
            (from, event) => return Err(BadTransition { from, event }),
        };
        if next != self.state {
            self.history.push(next);
        }
        self.state = next;
        Ok(next)
    }
}

fn run(events: &[Event]) -> Connection {
    let mut c = Connection::new();
    for (i, e) in events.iter().enumerate() {
        match c.apply(*e) {
            Ok(s) => println!("  {:>2}: {:<9} -> {:?}", i, format!("{:?}", e), s),
            Err(bad) => {
                println!("  {:>2}: rejected {:?} in {:?}", i, bad.event, bad.from);
            }
        }
    }
    c
}

fn main() {
    println!("session 1");
    let c = run(&[Event::Open, Event::Syn, Event::Ack, Event::Data(512), Event::Data(1024), Event::Close, Event::Ack, Event::Timeout]);
    println!("bytes {} path {:?}", c.bytes, c.history);
    println!("session 2");
    let c2 = run(&[Event::Syn, Event::Open, Event::Data(10), Event::Close, Event::Close]);
    let visited = c2.history.len();
    println!("final {:?} after {} states", c2.state, visited);
    let closed_again = c.history.iter().filter(|s| **s == State::Closed).count();
    println!("closed seen {} times", closed_again);
}
