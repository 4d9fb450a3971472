// Returning closures as impl Fn and as Box<dyn Fn>.
fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "mul" => Box::new(|a, b| a * b),
        _ => Box::new(|a, _| a),
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add5 = adder(5);
    println!("{}", add5(10));
    for name in ["add", "mul", "other"] {
        println!("{name}: {}", op(name)(6, 7));
    }
    let h = compose(adder(1), |x| x * 100);
    println!("{}", h(2));
}
