//@ compile-fail
// Calling an `FnOnce` stored in a field through `&self` would move it out of the borrow.
struct Job<F: FnOnce() -> u32> {
    run: F,
}

impl<F: FnOnce() -> u32> Job<F> {
    fn start(&self) -> u32 {
        (self.run)() //~ ERROR E0507
    }
}

fn main() {
    let data = vec![1, 2, 3];
    let job = Job { run: move || data.into_iter().sum() };
    println!("{}", job.start());
}
