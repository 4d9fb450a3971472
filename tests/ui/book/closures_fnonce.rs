// Closures: FnOnce vs FnMut vs Fn generic parameters, returning closures, closures stored in structs.
struct Button<F: Fn(u32) -> String> {
    label: String,
    on_click: F,
}

impl<F: Fn(u32) -> String> Button<F> {
    fn click(&self, n: u32) -> String {
        format!("{}: {}", self.label, (self.on_click)(n))
    }
}

fn call_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn call_twice<F: FnMut() -> u32>(mut f: F) -> (u32, u32) {
    (f(), f())
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn main() {
    let greeting = String::from("hello");
    let s = call_once(move || greeting + " world");
    println!("{s}");
    let mut total = 10;
    let pair = call_twice(|| {
        total += 5;
        total
    });
    println!("{pair:?} total={total}");
    let mut c = make_counter();
    println!("{} {} {}", c(), c(), c());
    let mut other = make_counter();
    println!("{}", other());
    let inc_then_double = compose(|x: i32| x + 1, |x: i32| x * 2);
    println!("{}", inc_then_double(5));
    let to_len = compose(|s: &str| s.trim().to_string(), |s: String| s.len());
    println!("{}", to_len("  spaced  "));
    let suffix = "!";
    let b = Button { label: String::from("ok"), on_click: |n| format!("clicked {n}{suffix}") };
    println!("{}", b.click(3));
    let mut log: Vec<String> = Vec::new();
    let mut record = |m: &str| log.push(m.to_uppercase());
    record("start");
    record("stop");
    println!("{:?}", log);
    let values = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let threshold = 3;
    let above: Vec<_> = values.iter().filter(|&&v| v > threshold).collect();
    println!("{:?}", above);
    let drop_me = vec![String::from("x")];
    let consume = move || drop_me.into_iter().count();
    println!("{}", consume());
}
