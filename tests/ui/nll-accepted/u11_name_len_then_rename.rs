// A method returning &str is used only for its length, so a &mut self method can follow at once.
struct Pet {
    name: String,
}

impl Pet {
    fn name(&self) -> &str {
        &self.name
    }
    fn rename(&mut self, n: &str) {
        self.name = n.to_string();
    }
}

fn main() {
    let mut p = Pet { name: String::from("Rex") };
    let n = p.name().len();
    p.rename("Maximilian");
    let upper = p.name().to_uppercase();
    p.rename(&upper);
    println!("{} {}", n, p.name());
}
