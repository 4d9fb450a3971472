// Check-time benchmark: passing tests/ui programs (closures ownership) as modules, about 200 lines.
mod capture_modes {
// Closures capture by reference, by mutable reference or by value as needed.
pub fn main() {
    let list = vec![1, 2, 3];
    println!("Before defining closure: {list:?}");
    let only_borrows = || println!("From closure: {list:?}");
    println!("Before calling closure: {list:?}");
    only_borrows();
    println!("After calling closure: {list:?}");
    let mut list2 = vec![1, 2, 3];
    let mut borrows_mutably = || list2.push(7);
    borrows_mutably();
    println!("After calling closure: {list2:?}");
    let s = String::from("moved");
    let takes = move || s.len();
    println!("{}", takes());
}
}
mod closure_type_inference {
// Closure parameter types are inferred from the first use; explicit annotations also work.
pub fn main() {
    let example = |x| x;
    let s = example(String::from("hello"));
    println!("{s}");
    let add = |a: i32, b: i32| -> i32 { a + b };
    println!("{}", add(2, 3));
    let square = |x: u64| x * x;
    println!("{}", square(12));
    let max = |a: f64, b: f64| if a > b { a } else { b };
    println!("{}", max(1.5, -2.0));
    let greet = || "hi";
    println!("{}", greet());
}
}
mod closures_in_struct {
// A struct generic over a closure type: a memoising cacher.
struct Cacher<T: Fn(u64) -> u64> {
    calculation: T,
    value: Option<(u64, u64)>,
    calls: u32,
}

impl<T: Fn(u64) -> u64> Cacher<T> {
    fn new(calculation: T) -> Self {
        Cacher { calculation, value: None, calls: 0 }
    }

    fn value(&mut self, arg: u64) -> u64 {
        match self.value {
            Some((a, v)) if a == arg => v,
            _ => {
                self.calls += 1;
                let v = (self.calculation)(arg);
                self.value = Some((arg, v));
                v
            }
        }
    }
}

pub fn main() {
    let mut c = Cacher::new(|n| n * n + 1);
    println!("{} {} {} {}", c.value(3), c.value(3), c.value(4), c.value(4));
    println!("calls = {}", c.calls);
}
}
mod closures_with_iterators {
// Closures capturing the environment inside iterator adapters.
pub fn main() {
    let threshold = 10;
    let factor = 3;
    let v = vec![2, 5, 8, 11, 14];
    let result: Vec<i32> = v.iter().map(|x| x * factor).filter(|&x| x > threshold).collect();
    println!("{result:?}");
    let mut seen = Vec::new();
    v.iter().for_each(|x| seen.push(x % 4));
    println!("{seen:?}");
    let labels: Vec<String> = v.iter().enumerate().map(|(i, x)| format!("{i}:{x}")).collect();
    println!("{}", labels.join(" "));
}
}
mod counter_fnmut {
// A closure that owns mutable state, returned from a function as impl FnMut.
fn make_counter(start: u32, step: u32) -> impl FnMut() -> u32 {
    let mut current = start;
    move || {
        let v = current;
        current += step;
        v
    }
}

pub fn main() {
    let mut a = make_counter(0, 1);
    let mut b = make_counter(100, 10);
    println!("{} {} {}", a(), a(), a());
    println!("{} {}", b(), b());
    println!("{}", a());
}
}
mod fn_kinds {
// Fn, FnMut and FnOnce closures passed to generic functions.
fn call_twice<F: Fn() -> String>(f: F) -> String {
    format!("{} {}", f(), f())
}

fn call_mut<F: FnMut() -> u32>(mut f: F) -> u32 {
    f();
    f();
    f()
}

fn call_once<F: FnOnce() -> Vec<String>>(f: F) -> Vec<String> {
    f()
}

pub fn main() {
    let name = String::from("fn");
    println!("{}", call_twice(|| name.clone()));
    let mut counter = 0;
    println!("{}", call_mut(|| {
        counter += 1;
        counter
    }));
    println!("counter = {counter}");
    let words = vec![String::from("once")];
    println!("{:?}", call_once(move || words));
}
}
mod fn_pointers {
// Function pointers (fn types) and passing named functions where closures are expected.
fn add_one(x: i32) -> i32 {
    x + 1
}

fn do_twice(f: fn(i32) -> i32, arg: i32) -> i32 {
    f(f(arg))
}

#[derive(Debug)]
enum Status {
    Value(u32),
}

pub fn main() {
    println!("{}", do_twice(add_one, 5));
    println!("{}", do_twice(|x| x * 3, 5));
    let strs: Vec<String> = [1, 2, 3].iter().map(ToString::to_string).collect();
    println!("{strs:?}");
    let statuses: Vec<Status> = (0u32..3).map(Status::Value).collect();
    println!("{statuses:?}");
    let table: [(&str, fn(f64) -> f64); 3] = [("sqrt", f64::sqrt), ("abs", f64::abs), ("floor", f64::floor)];
    for (n, f) in table {
        println!("{n}({}) = {}", -2.5f64.abs() * 4.0, f(-2.5f64 * -4.0));
    }
}
}
mod fnmut_callbacks {
// A Vec of boxed FnMut callbacks, each with its own captured state.
pub fn main() {
    let mut callbacks: Vec<Box<dyn FnMut(i32) -> String>> = Vec::new();
    let mut total = 0;
    callbacks.push(Box::new(move |x| {
        total += x;
        format!("total {total}")
    }));
    let mut history = Vec::new();
    callbacks.push(Box::new(move |x| {
        history.push(x);
        format!("history {history:?}")
    }));
    for x in [1, 2, 3] {
        for cb in callbacks.iter_mut() {
            println!("{}", cb(x));
        }
    }
}
}
mod move_closure_drop {
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

pub fn main() {
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
}
fn main() {
    capture_modes::main();
    closure_type_inference::main();
    closures_in_struct::main();
    closures_with_iterators::main();
    counter_fnmut::main();
    fn_kinds::main();
    fn_pointers::main();
    fnmut_callbacks::main();
    move_closure_drop::main();
}
