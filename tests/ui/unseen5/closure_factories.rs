// Closures returned from functions: impl Fn, impl FnMut counters, and boxed closures in a Vec.
fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn counter(start: u32) -> impl FnMut() -> u32 {
    let mut c = start;
    move || {
        c += 1;
        c
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn apply_all(ops: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> {
    ops.iter().map(|op| op(x)).collect()
}

fn main() {
    let add5 = adder(5);
    println!("add5(10) = {}", add5(10));
    let mut next = counter(10);
    let ids: Vec<u32> = (0..3).map(|_| next()).collect();
    println!("ids: {:?}, then {}", ids, next());
    let double_then_str = compose(|x: i32| x * 2, |y: i32| format!("<{}>", y));
    println!("{}", double_then_str(21));
    let offset = 100;
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x * x),
        Box::new(adder(-1)),
        Box::new(move |x| x + offset),
    ];
    println!("{:?}", apply_all(&ops, 7));
    let mut history = Vec::new();
    let mut record = |s: &str| history.push(s.to_uppercase());
    record("one");
    record("two");
    println!("{:?}", history);
    let name = String::from("consumed");
    let once = move || name;
    let back = once();
    println!("{}", back);
}
