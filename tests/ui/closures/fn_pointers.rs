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

fn main() {
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
