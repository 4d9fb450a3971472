//@ compile-fail
// A connection state machine is created with `let` and then driven through a `&mut self` method.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Closed,
    Listen,
}

struct Connection {
    state: State,
}

impl Connection {
    fn open(&mut self) {
        self.state = State::Listen;
    }
}

fn main() {
    let conn = Connection { state: State::Closed };
    conn.open(); //~ ERROR E0596
    println!("{:?}", conn.state);
}
