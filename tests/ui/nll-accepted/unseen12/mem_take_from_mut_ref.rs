// std::mem::take moves a String out from behind &mut, leaving an empty one.
struct Draft {
    body: String,
    sent: Vec<String>,
}

impl Draft {
    fn send(&mut self) {
        let text = std::mem::take(&mut self.body);
        self.sent.push(text);
    }
}

fn main() {
    let mut d = Draft { body: String::from("hi"), sent: vec![] };
    d.send();
    d.body.push_str("second");
    d.send();
    println!("{:?} {:?}", d.body, d.sent);
}
