// An elevator as a state machine: requests are queued, the car moves floor by floor.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle(i32),
    Moving { from: i32, to: i32 },
    DoorsOpen(i32),
}

struct Elevator {
    state: State,
    queue: Vec<i32>,
    log: Vec<String>,
}

impl Elevator {
    fn floor(&self) -> i32 {
        match self.state {
            State::Idle(f) | State::DoorsOpen(f) => f,
            State::Moving { from, .. } => from,
        }
    }

    fn step(&mut self) {
        self.state = match self.state {
            State::Idle(f) => {
                if self.queue.is_empty() {
                    State::Idle(f)
                } else {
                    let to = self.queue.remove(0);
                    if to == f { State::DoorsOpen(f) } else { State::Moving { from: f, to } }
                }
            }
            State::Moving { from, to } => {
                let next = if to > from { from + 1 } else { from - 1 };
                if next == to { State::DoorsOpen(next) } else { State::Moving { from: next, to } }
            }
            State::DoorsOpen(f) => State::Idle(f),
        };
        self.log.push(format!("{:?}", self.state));
    }
}

fn main() {
    let mut e = Elevator { state: State::Idle(0), queue: vec![3, 3, 1, -1], log: Vec::new() };
    let mut ticks = 0;
    while !(e.queue.is_empty() && matches!(e.state, State::Idle(_))) {
        e.step();
        ticks += 1;
        if ticks > 50 {
            break;
        }
    }
    for (i, line) in e.log.iter().enumerate() {
        println!("{:>2}: {}", i, line);
    }
    println!("ended on floor {} after {} ticks", e.floor(), ticks);
}
