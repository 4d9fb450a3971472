//@ compile-fail
// A method taking &mut self is called while a reference into self is held.
struct Pool {
    free: Vec<String>,
}

impl Pool {
    fn first(&self) -> &String {
        &self.free[0]
    }
    fn add(&mut self, s: &str) {
        self.free.push(s.to_string());
    }
}

fn main() {
    let mut p = Pool { free: vec![String::from("a")] };
    let f = p.first();
    p.add("b"); //~ ERROR E0502
    println!("{}", f);
}
