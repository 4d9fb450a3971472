// An Fn or FnMut closure passed to an `F: FnOnce` parameter is dropped when `call_once` returns, with its captures.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume<F: FnOnce() -> usize>(f: F) -> usize {
    println!("before call");
    let n = f();
    println!("after call");
    n
}

fn consume_twice<F: FnOnce(usize) -> usize>(f: F, x: usize) -> usize {
    f(x) + 1
}

fn main() {
    let name = String::from("moved name");
    let token = Noisy("fn closure");
    let greet = move || {
        let _keep = &token;
        format!("hi {name}").len()
    };
    println!("len {}", consume(greet));
    let mut count = 0;
    let tally = Noisy("fnmut closure");
    let bump = move |x: usize| {
        count += x;
        let _keep = &tally;
        count
    };
    println!("bumped {}", consume_twice(bump, 4));
    let words = vec![String::from("a"), String::from("bc")];
    let total = consume(move || words.iter().map(|w| w.len()).sum());
    println!("total {total}");
    println!("end of main");
}
