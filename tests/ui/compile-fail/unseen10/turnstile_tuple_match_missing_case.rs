//@ compile-fail
// A (state, event) match of a turnstile forgets what a push does while unlocked.
#[derive(Debug, Clone, Copy)]
enum State {
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin,
    Push,
}

fn step(s: State, e: Event) -> State {
    match (s, e) { //~ ERROR E0004
        (State::Locked, Event::Coin) => State::Unlocked,
        (State::Locked, Event::Push) => State::Locked,
        (State::Unlocked, Event::Coin) => State::Unlocked,
    }
}

fn main() {
    println!("{:?}", step(State::Locked, Event::Coin));
}
