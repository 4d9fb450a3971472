// A &mut self method returning a reference after a conditional push (the classic get-or-insert shape via index).
struct Interner {
    names: Vec<String>,
}

impl Interner {
    fn intern(&mut self, name: &str) -> &str {
        let idx = match self.names.iter().position(|n| n == name) {
            Some(i) => i,
            None => {
                self.names.push(name.to_string());
                self.names.len() - 1
            }
        };
        &self.names[idx]
    }
}

fn main() {
    let mut i = Interner { names: Vec::new() };
    for w in ["a", "b", "a", "c", "b"] {
        let s = i.intern(w);
        print!("{} ", s);
    }
    println!("| {} distinct", i.names.len());
}
