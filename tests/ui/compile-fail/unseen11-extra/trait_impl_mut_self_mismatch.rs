//@ compile-fail
// The trait declares reset(&mut self) but the impl writes reset(&self).
trait Resettable {
    fn reset(&mut self);
}

struct Timer {
    secs: u32,
}

impl Resettable for Timer {
    fn reset(&self) { //~ ERROR E0053
        println!("reset from {}", self.secs);
    }
}

fn main() {
    let mut t = Timer { secs: 5 };
    t.reset();
}
