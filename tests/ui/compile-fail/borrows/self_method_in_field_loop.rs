//@ compile-fail
// Calling a `&mut self` method while iterating over one of self's fields.
struct Game {
    players: Vec<String>,
    log: Vec<String>,
}

impl Game {
    fn record(&mut self, s: &str) {
        self.log.push(s.to_string());
    }
    fn round(&mut self) {
        for p in &self.players {
            self.record(p); //~ ERROR E0502
        }
    }
}

fn main() {
    let mut g = Game { players: vec!["a".into()], log: Vec::new() };
    g.round();
    println!("{}", g.log.len());
}
