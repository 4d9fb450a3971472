// mem::take empties a member's inbox field through &mut self, then the field is refilled.
struct Member {
    inbox: Vec<String>,
    read: usize,
}

impl Member {
    fn read_all(&mut self) -> Vec<String> {
        let msgs = std::mem::take(&mut self.inbox);
        self.read += msgs.len();
        self.inbox.push(format!("(read {} so far)", self.read));
        msgs
    }
}

fn main() {
    let mut m = Member { inbox: vec!["hi".into(), "yo".into()], read: 0 };
    let first = m.read_all();
    let second = m.read_all();
    println!("{:?} {:?} {:?}", first, second, m.inbox);
}
