//@ compile-fail
// Matching `self.state` by value in a `&self` method tries to move the payload out.
enum State {
    Draft(String),
    Published(String),
}

struct Post {
    state: State,
}

impl Post {
    fn title(&self) -> String {
        match self.state { //~ ERROR E0507
            State::Draft(t) => format!("draft: {}", t),
            State::Published(t) => t,
        }
    }
}

fn main() {
    let p = Post { state: State::Draft(String::from("hello")) };
    println!("{}", p.title());
}
