// closures returning closures, impl Fn, Box<dyn FnMut>
fn adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }
fn counter() -> Box<dyn FnMut() -> u32> { let mut c = 0; Box::new(move || { c += 1; c }) }
fn apply_n(f: &dyn Fn(i32) -> i32, n: usize, x: i32) -> i32 { (0..n).fold(x, |acc, _| f(acc)) }
fn main() {
    let add5 = adder(5);
    let twice_then_add = compose(|x: i32| x * 2, &add5);
    println!("{} {}", add5(1), twice_then_add(10));
    let mut c = counter();
    c(); c();
    println!("{}", c());
    println!("{}", apply_n(&add5, 3, 0));
    let ops: Vec<(&str, Box<dyn Fn(i32, i32) -> i32>)> = vec![("+", Box::new(|a, b| a + b)), ("*", Box::new(|a, b| a * b)), ("max", Box::new(std::cmp::max))];
    for (n, f) in &ops { println!("{n}: {}", f(6, 7)); }
    let mut log = Vec::new();
    let mut record = |s: &str| log.push(s.to_uppercase());
    record("a"); record("b");
    println!("{:?}", log);
    let names = vec!["x".to_string(), "yy".to_string()];
    let lens: Vec<usize> = names.iter().map(String::len).collect();
    let consume = move || names.len();
    println!("{:?} {}", lens, consume());
}
