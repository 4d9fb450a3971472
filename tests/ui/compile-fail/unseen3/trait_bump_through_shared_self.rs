//@ compile-fail
// A trait method takes `&self`, so its impl cannot increment a field.
trait Counter {
    fn bump(&self);
}

struct Tally {
    n: u32,
}

impl Counter for Tally {
    fn bump(&self) {
        self.n += 1; //~ ERROR E0594
    }
}

fn main() {
    let t = Tally { n: 0 };
    t.bump();
    println!("{}", t.n);
}
