// A vending machine as an enum state machine: transitions consume self and return the next state.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Collecting { paid: u32 },
    Dispensing { item: String, change: u32 },
    OutOfOrder(String),
}

#[derive(Debug)]
enum Event {
    Coin(u32),
    Select(&'static str),
    Cancel,
    Take,
    Kick,
}

fn price(item: &str) -> Option<u32> {
    match item {
        "cola" => Some(150),
        "chips" => Some(100),
        "gum" => Some(50),
        _ => None,
    }
}

fn step(state: State, event: Event) -> State {
    match (state, event) {
        (State::OutOfOrder(why), _) => State::OutOfOrder(why),
        (_, Event::Kick) => State::OutOfOrder(String::from("kicked")),
        (State::Idle, Event::Coin(c)) => State::Collecting { paid: c },
        (State::Collecting { paid }, Event::Coin(c)) => State::Collecting { paid: paid + c },
        (State::Collecting { paid }, Event::Select(name)) => match price(name) {
            Some(p) if p <= paid => State::Dispensing { item: name.to_string(), change: paid - p },
            Some(p) => {
                println!("  need {} more for {}", p - paid, name);
                State::Collecting { paid }
            }
            None => {
                println!("  unknown item {}", name);
                State::Collecting { paid }
            }
        },
        (State::Collecting { paid }, Event::Cancel) => {
            println!("  returning {}", paid);
            State::Idle
        }
        (State::Dispensing { item, change }, Event::Take) => {
            println!("  enjoy your {} (change {})", item, change);
            State::Idle
        }
        (s, e) => {
            println!("  ignored {:?} in {:?}", e, s);
            s
        }
    }
}

fn main() {
    let events = vec![
        Event::Select("cola"),
        Event::Coin(100),
        Event::Select("cola"),
        Event::Coin(100),
        Event::Select("cola"),
        Event::Coin(5),
        Event::Take,
        Event::Coin(25),
        Event::Select("tea"),
        Event::Cancel,
        Event::Coin(50),
        Event::Kick,
        Event::Coin(50),
    ];
    let mut state = State::Idle;
    let mut transitions = 0;
    for (i, e) in events.into_iter().enumerate() {
        let before = state.clone();
        state = step(state, e);
        if state != before {
            transitions += 1;
        }
        println!("{:2}: {:?}", i, state);
    }
    println!("{} transitions, final state is idle: {}", transitions, state == State::Idle);
}
