// Emitting to listeners that may register more: take the list with mem::take, call them, then put it back.
struct Bus {
    listeners: Vec<Box<dyn Fn(&str) -> Option<String>>>,
    log: Vec<String>,
}

impl Bus {
    fn emit(&mut self, msg: &str) {
        let listeners = std::mem::take(&mut self.listeners);
        for l in &listeners {
            if let Some(out) = l(msg) {
                self.log.push(out);
            }
        }
        let added = self.listeners.len();
        self.listeners = listeners;
        if msg == "init" && added == 0 {
            self.listeners.push(Box::new(|m| Some(format!("late:{}", m))));
        }
    }
}

fn main() {
    let mut bus = Bus { listeners: vec![Box::new(|m| Some(m.to_uppercase()))], log: vec![] };
    bus.emit("init");
    bus.emit("go");
    println!("{:?}", bus.log);
}
