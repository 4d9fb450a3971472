//@ compile-fail
// A transition function forgets the TimeWait state in its match.
#[derive(Debug, Clone, Copy)]
enum State {
    Closed,
    Listen,
    Established,
    TimeWait,
}

fn on_close(s: State) -> State {
    match s { //~ ERROR E0004
        State::Closed => State::Closed,
        State::Listen => State::Closed,
        State::Established => State::TimeWait,
    }
}

fn main() {
    println!("{:?}", on_close(State::Listen));
}
