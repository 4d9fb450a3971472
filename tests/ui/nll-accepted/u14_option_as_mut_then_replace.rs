// Option::as_mut borrow ends, then the option is replaced; take() on a field while self is &mut
struct Slot {
    current: Option<String>,
    history: Vec<String>,
}

impl Slot {
    fn set(&mut self, v: &str) {
        if let Some(old) = self.current.take() {
            self.history.push(old);
        }
        self.current = Some(v.to_string());
    }
}

fn main() {
    let mut s = Slot { current: None, history: vec![] };
    s.set("a");
    if let Some(c) = s.current.as_mut() {
        c.push('!');
    }
    s.set("b");
    s.set("c");
    println!("{:?} {:?}", s.current, s.history);
}
