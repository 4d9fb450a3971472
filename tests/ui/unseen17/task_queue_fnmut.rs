// A job queue like a JavaScript task runner: Box<dyn FnMut(&mut State) -> bool> tasks, re-queued until they report done.
use std::collections::VecDeque;

#[derive(Debug, Default)]
struct State {
    counter: i32,
    log: Vec<String>,
}

struct Scheduler {
    queue: VecDeque<(String, Box<dyn FnMut(&mut State) -> bool>)>,
    state: State,
    ticks: u32,
}

impl Scheduler {
    fn new() -> Scheduler {
        Scheduler { queue: VecDeque::new(), state: State::default(), ticks: 0 }
    }

    fn schedule(&mut self, name: &str, task: Box<dyn FnMut(&mut State) -> bool>) {
        self.queue.push_back((name.to_string(), task));
    }

    fn run(&mut self, max_ticks: u32) {
        while let Some((name, mut task)) = self.queue.pop_front() {
            if self.ticks >= max_ticks {
                println!("stopping, {} task(s) left", self.queue.len() + 1);
                break;
            }
            self.ticks += 1;
            let done = task(&mut self.state);
            if done {
                self.state.log.push(format!("{} done at tick {}", name, self.ticks));
            } else {
                self.queue.push_back((name, task));
            }
        }
    }
}

fn main() {
    let mut s = Scheduler::new();
    let mut remaining = 3;
    s.schedule("countdown", Box::new(move |st: &mut State| {
        remaining -= 1;
        st.counter += 10;
        remaining == 0
    }));
    s.schedule("once", Box::new(|st: &mut State| {
        st.counter *= 2;
        true
    }));
    let mut seen = Vec::new();
    s.schedule("watcher", Box::new(move |st: &mut State| {
        seen.push(st.counter);
        println!("watcher sees {:?}", seen);
        seen.len() >= 4
    }));
    s.schedule("forever", Box::new(|st: &mut State| {
        st.counter -= 1;
        false
    }));
    s.run(12);
    println!("counter = {}, ticks = {}", s.state.counter, s.ticks);
    for line in &s.state.log {
        println!("{}", line);
    }
}
