// A FnOnce closure that moves a captured value out consumes itself when called.
struct Token(&'static str);

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run<F: FnOnce() -> usize>(f: F) -> usize {
    println!("running");
    f()
}

fn main() {
    let t = Token("t");
    let n = run(move || {
        let owned = t;
        owned.0.len()
    });
    println!("n = {n}");
    let u = Token("u");
    let borrow_only = || u.0.len();
    println!("{}", run(borrow_only));
    println!("end of main");
}
