// `impl Trait + Copy` values copy; `impl Fn` values are lent by reference or called several times without moving.
fn make() -> impl std::fmt::Display + Copy {
    5
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn apply(f: &impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let a = make();
    let b = a;
    println!("{} {}", a, b);
    let add5 = make_adder(5);
    println!("{} {} {}", apply(&add5, 1), add5(2), apply(&add5, 3));
    let shown: Vec<String> = (0..3).map(|i| format!("{}:{}", i, a)).collect();
    println!("{:?}", shown);
}
