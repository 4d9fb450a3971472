//@ compile-fail
// Matching on a field of &mut self by value binds the String payload by move.
enum State {
    Idle,
    Running(String),
}

struct Worker {
    state: State,
    finished: Vec<String>,
}

impl Worker {
    fn finish(&mut self) {
        match self.state { //~ ERROR E0507
            State::Running(job) => self.finished.push(job),
            State::Idle => {}
        }
        self.state = State::Idle;
    }
}

fn main() {
    let mut w = Worker { state: State::Running("backup".to_string()), finished: vec![] };
    w.finish();
    println!("{:?}", w.finished);
}
