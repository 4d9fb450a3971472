//@ compile-fail
// A `dyn FnMut(&'a str)` may keep its argument for `'a`, so an argument with an elided lifetime is not enough.
struct Bus<'a> {
    counters: Vec<Box<dyn FnMut(&'a str) -> usize + 'a>>,
}

impl<'a> Bus<'a> {
    fn emit(&mut self, topic: &str) -> usize {
        let mut n = 0;
        for c in self.counters.iter_mut() { //~ ERROR E0621
            n += c(topic);
        }
        n
    }
}

fn main() {
    let mut bus = Bus { counters: vec![Box::new(|t: &str| t.len())] };
    println!("{}", bus.emit("abc"));
}
