//@ compile-fail
// `into_iter()` on a field behind `&mut self` tries to move the Vec out.
struct Inbox {
    messages: Vec<String>,
}

impl Inbox {
    fn drain_all(&mut self) -> usize {
        let mut n = 0;
        for m in self.messages.into_iter() { //~ ERROR E0507
            println!("{}", m);
            n += 1;
        }
        n
    }
}

fn main() {
    let mut inbox = Inbox { messages: vec![String::from("hi")] };
    println!("{}", inbox.drain_all());
}
