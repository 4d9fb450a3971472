// A keypad door lock as a state machine: an enum of states, transitions consuming self, a lockout after failures.
#[derive(Debug, Clone, PartialEq)]
enum LockState {
    Locked { failures: u32 },
    Open,
    LockedOut { remaining: u32 },
}

#[derive(Debug)]
enum Input {
    Code(&'static str),
    Close,
    Tick,
}

struct DoorLock {
    secret: String,
    state: LockState,
    log: Vec<String>,
}

impl DoorLock {
    fn new(secret: &str) -> Self {
        DoorLock { secret: secret.to_string(), state: LockState::Locked { failures: 0 }, log: Vec::new() }
    }

    fn next(state: LockState, input: &Input, secret: &str) -> LockState {
        match (state, input) {
            (LockState::Locked { .. }, Input::Code(c)) if *c == secret => LockState::Open,
            (LockState::Locked { failures }, Input::Code(_)) if failures + 1 >= 3 => {
                LockState::LockedOut { remaining: 2 }
            }
            (LockState::Locked { failures }, Input::Code(_)) => LockState::Locked { failures: failures + 1 },
            (LockState::Open, Input::Close) => LockState::Locked { failures: 0 },
            (LockState::LockedOut { remaining: 0 }, Input::Tick) => LockState::Locked { failures: 0 },
            (LockState::LockedOut { remaining }, Input::Tick) => LockState::LockedOut { remaining: remaining - 1 },
            (s, _) => s,
        }
    }

    fn feed(&mut self, input: Input) {
        let before = self.state.clone();
        self.state = DoorLock::next(self.state.clone(), &input, &self.secret);
        if before != self.state {
            self.log.push(format!("{:?} --{:?}--> {:?}", before, input, self.state));
        } else {
            self.log.push(format!("{:?} ignored in {:?}", input, self.state));
        }
    }
}

fn main() {
    let mut lock = DoorLock::new("4711");
    let inputs = vec![
        Input::Code("1234"),
        Input::Code("4711"),
        Input::Tick,
        Input::Close,
        Input::Code("0000"),
        Input::Code("1111"),
        Input::Code("2222"),
        Input::Code("4711"),
        Input::Tick,
        Input::Tick,
        Input::Tick,
        Input::Code("4711"),
    ];
    for input in inputs {
        lock.feed(input);
    }
    for (i, line) in lock.log.iter().enumerate() {
        println!("{:2}: {}", i + 1, line);
    }
    let opened = lock.log.iter().filter(|l| l.ends_with("Open")).count();
    println!("opened {} times, final state {:?}", opened, lock.state);
}
