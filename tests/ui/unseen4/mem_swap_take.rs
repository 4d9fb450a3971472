// std::mem::swap, replace and take on struct fields; Option::take in a buffer flush; Default.
use std::mem;

#[derive(Debug, Default)]
struct Buffer {
    pending: Vec<String>,
    flushed: Vec<Vec<String>>,
    title: String,
}

impl Buffer {
    fn write(&mut self, s: &str) {
        self.pending.push(s.to_string());
        if self.pending.len() == 3 {
            self.flush();
        }
    }
    fn flush(&mut self) {
        let batch = mem::take(&mut self.pending);
        if !batch.is_empty() {
            self.flushed.push(batch);
        }
    }
    fn rename(&mut self, t: &str) -> String {
        mem::replace(&mut self.title, t.to_string())
    }
}

#[derive(Debug)]
struct Player {
    name: String,
    hand: Vec<u8>,
    token: Option<char>,
}

fn main() {
    let mut buf = Buffer::default();
    println!("{:?}", buf);
    for w in "a b c d e f g h".split(' ') {
        buf.write(w);
    }
    println!("pending {:?} flushed {:?}", buf.pending, buf.flushed);
    buf.flush();
    println!("pending {:?} flushed {}", buf.pending, buf.flushed.len());
    println!("old title {:?}", buf.rename("log"));
    println!("old title {:?} now {:?}", buf.rename("final"), buf.title);

    let mut p1 = Player { name: "ann".into(), hand: vec![1, 2, 3], token: Some('♠') };
    let mut p2 = Player { name: "ben".into(), hand: vec![9], token: None };
    mem::swap(&mut p1.hand, &mut p2.hand);
    println!("{:?}\n{:?}", p1, p2);
    p2.token = p1.token.take();
    println!("tokens {:?} {:?}", p1.token, p2.token);
    mem::swap(&mut p1, &mut p2);
    println!("first is now {} with {:?}", p1.name, p1.hand);
    let old_hand = mem::replace(&mut p1.hand, Vec::with_capacity(10));
    println!("old {:?} new cap {}", old_hand, p1.hand.capacity());
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("{a} {b} {}", mem::take(&mut a));
    println!("{a}");
    println!("sizes {} {} {} {}", mem::size_of::<Player>(), mem::size_of::<Option<char>>(), mem::size_of::<(u8, u32)>(), mem::size_of::<[u16; 5]>());
}
