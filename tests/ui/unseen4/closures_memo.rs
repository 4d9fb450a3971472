// Closures stored in structs (generic F: Fn), a memoising cache, FnMut counters and boxed closures.
use std::collections::HashMap;

struct Cacher<F>
where
    F: Fn(u64) -> u64,
{
    calc: F,
    values: HashMap<u64, u64>,
    calls: u32,
}

impl<F: Fn(u64) -> u64> Cacher<F> {
    fn new(calc: F) -> Cacher<F> {
        Cacher { calc, values: HashMap::new(), calls: 0 }
    }

    fn value(&mut self, arg: u64) -> u64 {
        if let Some(&v) = self.values.get(&arg) {
            return v;
        }
        self.calls += 1;
        let v = (self.calc)(arg);
        self.values.insert(arg, v);
        v
    }
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "mul" => Box::new(|a, b| a * b),
        "pow" => Box::new(|a, b| a.pow(b as u32)),
        _ => Box::new(|_, _| 0),
    }
}

fn apply_twice<F: FnMut() -> u32>(mut f: F) -> u32 {
    f();
    f()
}

fn main() {
    let mut slow_square = Cacher::new(|x| {
        let mut total = 0;
        for _ in 0..x {
            total += x;
        }
        total
    });
    for arg in [4, 7, 4, 4, 12, 7] {
        print!("{} ", slow_square.value(arg));
    }
    println!("| computed {} times", slow_square.calls);

    let add5 = make_adder(5);
    let composed: Vec<i32> = (1..=4).map(&add5).map(make_adder(-1)).collect();
    println!("{:?}", composed);

    for name in ["add", "mul", "pow", "???"] {
        let op = make_op(name);
        println!("{name}(3, 4) = {}", op(3, 4));
    }

    let mut counter = 0;
    let result = apply_twice(|| {
        counter += 10;
        counter
    });
    println!("result {} counter {}", result, counter);

    let words = vec!["apple".to_string(), "fig".to_string(), "banana".to_string()];
    let min_len = 4;
    let long_enough = |w: &String| w.len() >= min_len;
    let kept: Vec<&String> = words.iter().filter(|w| long_enough(w)).collect();
    println!("{:?}", kept);
    let owned = move || words.len();
    println!("owned closure sees {} words", owned());
    let mut log: Vec<String> = Vec::new();
    let mut record = |s: &str| log.push(s.to_uppercase());
    record("one");
    record("two");
    println!("{:?}", log);
}
