//@ compile-fail
// A method prints a field of `self` by its bare name in a format string: rustc points at `self.x`.
struct Counter {
    count: u32,
}

impl Counter {
    fn show(&self) {
        println!("count = {count}"); //~ ERROR E0425
    }
}

fn main() {
    Counter { count: 3 }.show();
}
