// A coin-operated turnstile as an enum state machine; events are folded over and invalid ones counted.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Locked,
    Unlocked { credit: u32 },
    Broken,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin(u32),
    Push,
    Kick,
    Repair,
}

const FARE: u32 = 50;

fn step(state: State, event: Event) -> Result<State, String> {
    match (state, event) {
        (State::Broken, Event::Repair) => Ok(State::Locked),
        (State::Broken, e) => Err(format!("{:?} ignored while broken", e)),
        (_, Event::Kick) => Ok(State::Broken),
        (State::Locked, Event::Coin(c)) if c >= FARE => Ok(State::Unlocked { credit: c - FARE }),
        (State::Locked, Event::Coin(c)) => Err(format!("coin {} too small", c)),
        (State::Locked, Event::Push) => Err("push while locked".to_string()),
        (State::Unlocked { credit }, Event::Coin(c)) => Ok(State::Unlocked { credit: credit + c }),
        (State::Unlocked { credit }, Event::Push) if credit >= FARE => Ok(State::Unlocked { credit: credit - FARE }),
        (State::Unlocked { .. }, Event::Push) => Ok(State::Locked),
        (s, Event::Repair) => Err(format!("nothing to repair in {:?}", s)),
    }
}

fn main() {
    let events = [
        Event::Push,
        Event::Coin(20),
        Event::Coin(120),
        Event::Push,
        Event::Push,
        Event::Push,
        Event::Kick,
        Event::Coin(50),
        Event::Repair,
        Event::Repair,
        Event::Coin(50),
        Event::Push,
    ];
    let mut state = State::Locked;
    let mut passes = 0;
    let mut errors = Vec::new();
    for (i, &e) in events.iter().enumerate() {
        let before = state;
        match step(state, e) {
            Ok(next) => {
                if matches!(e, Event::Push) {
                    passes += 1;
                }
                state = next;
                println!("{:>2}: {:?} + {:?} -> {:?}", i, before, e, state);
            }
            Err(msg) => errors.push((i, msg)),
        }
    }
    println!("passes: {}, final: {:?}", passes, state);
    for (i, msg) in &errors {
        println!("error at {}: {}", i, msg);
    }
    assert_eq!(state, State::Locked);
}
