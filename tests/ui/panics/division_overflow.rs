// i32::MIN / -1 overflows and panics with "attempt to divide with overflow".
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(100, -1));
    println!("{}", div(i32::MIN, 1));
    println!("{}", div(i32::MIN, -1));
}
