// mem::replace, mem::take and mem::swap move values out of places that must stay initialised.
use std::mem;

#[derive(Debug, Default)]
struct Inbox {
    owner: String,
    messages: Vec<String>,
}

impl Inbox {
    fn flush(&mut self) -> Vec<String> {
        mem::take(&mut self.messages)
    }
    fn rename(&mut self, new_owner: &str) -> String {
        mem::replace(&mut self.owner, new_owner.to_string())
    }
}

fn main() {
    let mut inbox = Inbox { owner: String::from("ana"), messages: vec!["salut".to_string(), "ca va".to_string()] };
    let old = inbox.flush();
    println!("flushed {:?}, left {} (cap {})", old, inbox.messages.len(), inbox.messages.capacity());
    let previous = inbox.rename("bea");
    println!("renamed {} -> {}", previous, inbox.owner);

    let mut a = vec![1, 2, 3];
    let mut b = vec![9];
    mem::swap(&mut a, &mut b);
    println!("a {:?} b {:?}", a, b);

    let mut slot = String::from("first");
    let taken = mem::take(&mut slot);
    println!("taken {:?}, slot {:?} cap {}", taken, slot, slot.capacity());
    let mut n = 5;
    let old_n = mem::replace(&mut n, 6);
    println!("{} {}", old_n, n);
    let empty: Inbox = Default::default();
    println!("{:?}", empty);
    let mut pair = (String::from("x"), String::from("y"));
    mem::swap(&mut pair.0, &mut pair.1);
    println!("{:?}", pair);
}
