// A `dyn FnMut(&str)` reached through `&mut self` is called with a parameter: its argument lifetime is higher-ranked, so nothing is stored.
struct Bus {
    counters: Vec<Box<dyn FnMut(&str) -> usize>>,
}

impl Bus {
    fn emit(&mut self, topic: &str) -> usize {
        let mut n = 0;
        for c in self.counters.iter_mut() {
            n += c(topic);
        }
        n
    }
}

fn main() {
    let mut seen = 0;
    let mut bus = Bus { counters: vec![Box::new(|t| t.len()), Box::new(move |_| { seen += 1; seen })] };
    let local = String::from("local topic");
    println!("{}", bus.emit(&local));
    drop(local);
    println!("{}", bus.emit("again"));
}
