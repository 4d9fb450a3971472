// closures and functions returning closures (impl Fn and Box<dyn Fn>)
fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}
fn compose<F, G>(f: F, g: G) -> impl Fn(i32) -> i32
where
    F: Fn(i32) -> i32,
    G: Fn(i32) -> i32,
{
    move |x| g(f(x))
}
fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}
fn main() {
    let add5 = adder(5);
    let times = |k: i32| move |x: i32| x * k;
    let triple = times(3);
    println!("{} {}", add5(1), triple(4));
    let both = compose(add5, triple);
    println!("{}", both(2));
    let mut c = make_counter();
    c();
    c();
    println!("{}", c());
    let makers: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x * 10 + k) as Box<dyn Fn(i32) -> i32>).collect();
    let outs: Vec<i32> = makers.iter().map(|f| f(2)).collect();
    println!("{:?}", outs);
    let curry = |a: i32| move |b: i32| move |c: i32| a * 100 + b * 10 + c;
    println!("{}", curry(1)(2)(3));
}
